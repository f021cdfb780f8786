import { describe, expect, it } from 'vitest';
import { fleet } from './fleet-fixture.test-support';
import type { OperationSignature } from './operation-signature';
import { diffSignatures } from './signature-diff';

const v1 = fleet(1);
const v2 = fleet(2);

const sig = (over: Partial<OperationSignature> = {}): OperationSignature => ({ key: 'GET /a', method: 'GET', path: '/a', params: [], ...over });

describe('diffSignatures', () => {
  it('finds nothing between an operation and itself', () => {
    expect(diffSignatures(v1.signature('GET /volumes/{volumeId}'), v2.signature('GET /volumes/{volumeId}'))).toEqual([]);
  });

  it('words added, removed and retyped parameters (the fixture’s GET /volumes)', () => {
    expect(diffSignatures(v1.signature('GET /volumes'), v2.signature('GET /volumes'))).toEqual([
      { kind: 'param-retyped', subject: 'query limit', text: 'Query parameter “limit” is now string (was integer).' },
      { kind: 'param-added', subject: 'query region', text: 'New required query parameter “region” (string).' },
      { kind: 'param-removed', subject: 'query offset', text: 'Query parameter “offset” was removed.' },
    ]);
  });

  it('words body fields added and removed (the fixture’s POST /volumes)', () => {
    expect(diffSignatures(v1.signature('POST /volumes'), v2.signature('POST /volumes'))).toEqual([
      { kind: 'body-changed', subject: 'pool', text: 'Body: new required field “pool”.' },
      { kind: 'body-changed', subject: 'tags', text: 'Body: field “tags” was removed.' },
    ]);
  });

  it('says when an operation moved', () => {
    expect(diffSignatures(v1.signature('GET /hosts'), v2.signature('GET /servers'))).toEqual([
      { kind: 'moved', text: 'The endpoint moved to GET /servers (was GET /hosts).' },
    ]);
  });

  it('says when a parameter became required or optional, and matches headers by any case', () => {
    const before = sig({ params: [{ in: 'header', name: 'X-Tenant', type: 'string', required: false }, { in: 'query', name: 'q', type: 'string', required: true }] });
    const after = sig({ params: [{ in: 'header', name: 'x-tenant', type: 'string', required: true }, { in: 'query', name: 'q', type: 'string', required: false }] });
    expect(diffSignatures(before, after).map((c) => c.text)).toEqual(['Header parameter “x-tenant” is now required.', 'Query parameter “q” is now optional.']);
  });

  it('tells a path parameter from a query parameter of the same name', () => {
    const before = sig({ params: [{ in: 'path', name: 'id', type: 'string', required: true }] });
    const after = sig({ params: [{ in: 'query', name: 'id', type: 'string', required: false }] });
    expect(diffSignatures(before, after).map((c) => c.kind)).toEqual(['param-added', 'param-removed']);
  });

  it('words a body that came, went, changed type of a field, required-ness, content type, or only deeper', () => {
    const body = (fields: Record<string, string>, extra: Partial<NonNullable<OperationSignature['body']>> = {}) => ({ required: false, contentTypes: ['application/json'], fields, hash: 'aaaaaaaa', ...extra });
    expect(diffSignatures(sig(), sig({ body: body({}, { required: true }) }))[0]?.text).toBe('The operation now takes a required request body (application/json).');
    expect(diffSignatures(sig({ body: body({}) }), sig())[0]?.text).toBe('The operation no longer takes a request body.');
    expect(diffSignatures(sig({ body: body({ size: 'integer', name: 'string' }) }), sig({ body: body({ size: 'string', name: 'string*' }) })).map((c) => c.text)).toEqual([
      'Body: field “size” is now string (was integer).',
      'Body: “name” is now required.',
    ]);
    expect(diffSignatures(sig({ body: body({}) }), sig({ body: body({}, { contentTypes: ['application/merge-patch+json'], required: true }) })).map((c) => c.text)).toEqual([
      'The request body is now required.',
      'The body is now sent as application/merge-patch+json (was application/json).',
    ]);
    expect(diffSignatures(sig({ body: body({ a: 'string' }) }), sig({ body: body({ a: 'string' }, { hash: 'bbbbbbbb' }) })).map((c) => c.kind)).toEqual(['body-changed']);
  });

  it('lists at most six fields by name and counts the rest', () => {
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}`, 'string']));
    const text = diffSignatures(sig({ body: { required: false, contentTypes: [], fields: {}, hash: 'a' } }), sig({ body: { required: false, contentTypes: [], fields: many, hash: 'b' } }))[0]?.text;
    expect(text).toBe('Body: new optional fields “f0”, “f1”, “f2”, “f3”, “f4”, “f5” and 3 more.');
  });
});
