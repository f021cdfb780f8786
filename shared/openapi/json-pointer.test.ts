import { describe, expect, it } from 'vitest';
import { deref, parsePointer, pointer, refName, resolvePointer } from './json-pointer';

describe('json pointers', () => {
  const doc = { paths: { '/a/{id}': { get: { ok: 1 } } }, components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' }, Loop: { $ref: '#/components/schemas/Loop' } } } };

  it('round-trips keys with slashes and tildes', () => {
    const p = pointer(['paths', '/a/{id}', 'get']);
    expect(p).toBe('#/paths/~1a~1{id}/get');
    expect(parsePointer(p)).toEqual(['paths', '/a/{id}', 'get']);
    expect(resolvePointer(doc, p)).toEqual({ ok: 1 });
  });

  it('follows ref chains and names what cannot be followed', () => {
    expect(deref(doc, { $ref: '#/components/schemas/A' })).toEqual({ ok: true, value: { type: 'string' }, ref: '#/components/schemas/B' });
    expect(deref(doc, { $ref: '#/components/schemas/Nope' })).toEqual({ ok: false, ref: '#/components/schemas/Nope', reason: 'missing' });
    expect(deref(doc, { $ref: 'other.yaml#/X' })).toMatchObject({ ok: false, reason: 'external' });
    expect(deref(doc, { $ref: '#/components/schemas/Loop' })).toMatchObject({ ok: false, reason: 'circular' });
    expect(refName('#/components/schemas/storageSystem')).toBe('storageSystem');
  });
});
