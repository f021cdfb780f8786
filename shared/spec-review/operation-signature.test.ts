import { describe, expect, it } from 'vitest';
import { fleet, openDoc } from './fleet-fixture.test-support';
import { bodyFields, hashText, paramType } from './operation-signature';

describe('signatureOf', () => {
  it('lists parameters with place, name, type and required', () => {
    expect(fleet(1).signature('GET /volumes').params).toEqual([
      { in: 'query', name: 'limit', type: 'integer', required: false },
      { in: 'query', name: 'offset', type: 'integer', required: false },
      { in: 'query', name: 'filter', type: 'string', required: false },
    ]);
    expect(fleet(1).signature('GET /volumes/{volumeId}')).toMatchObject({ key: 'GET /volumes/{volumeId}', method: 'GET', path: '/volumes/{volumeId}', operationId: 'getVolume', params: [{ in: 'path', name: 'volumeId', type: 'string', required: true }] });
  });

  it('sums up the body as fields with types and required marks, through $ref', () => {
    const body = fleet(1).signature('POST /volumes').body;
    expect(body).toMatchObject({ required: true, contentTypes: ['application/json'], fields: { name: 'string*', sizeGiB: 'integer*', tags: 'array of string' } });
    expect(body?.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(fleet(1).signature('GET /volumes').body).toBeUndefined();
  });

  it('leaves out Accept, Content-Type and Authorization headers, which the request sets itself', () => {
    const spec = openDoc({
      openapi: '3.0.3',
      info: { title: 'H', version: '1' },
      paths: { '/a': { get: { parameters: [{ name: 'Authorization', in: 'header', schema: { type: 'string' } }, { name: 'X-Trace', in: 'header', schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } } },
    });
    expect(spec.signature('GET /a').params.map((p) => p.name)).toEqual(['X-Trace']);
  });

  it('gives the same hash when only descriptions or examples differ, another when a rule changes', () => {
    const spec = (schema: object) =>
      openDoc({ openapi: '3.0.3', info: { title: 'H', version: '1' }, paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema } } }, responses: { '200': { description: 'ok' } } } } } }).signature('POST /a').body?.hash;
    const base = { type: 'object', properties: { mode: { type: 'string', enum: ['a', 'b'] } } };
    expect(spec({ ...base, description: 'words' })).toBe(spec(base));
    expect(spec({ type: 'object', properties: { mode: { type: 'string', enum: ['a', 'b', 'c'] } } })).not.toBe(spec(base));
  });
});

describe('bodyFields', () => {
  it('walks nested objects and list items, and stops at recursion', () => {
    const root = {
      type: 'object',
      required: ['disks'],
      properties: {
        disks: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, size: { type: 'number' } } } },
        owner: { type: 'object', properties: { name: { type: 'string' } } },
        parent: { $ref: '#/$defs/Node' },
      },
      $defs: { Node: { type: 'object', properties: { child: { $ref: '#/$defs/Node' } } } },
    };
    const fields = bodyFields(root);
    expect(fields).toMatchObject({ disks: 'array of object*', 'disks[].id': 'string*', 'disks[].size': 'number', owner: 'object', 'owner.name': 'string', parent: 'object' });
    expect(Object.keys(fields).filter((f) => f.startsWith('parent')).length).toBeLessThanOrEqual(4);
  });
});

describe('paramType and hashText', () => {
  it('words a type as a user reads it', () => {
    expect(paramType({ type: 'string', format: 'date-time', isArray: false })).toBe('string (date-time)');
    expect(paramType({ type: 'integer', isArray: true })).toBe('array of integer');
    expect(paramType({ isArray: false })).toBe('any');
  });
  it('hashes the same text the same way and other text another way', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toBe('811c9dc5');
  });
});
