import { describe, expect, it } from 'vitest';
import { detectSpec } from './detect-spec';
import { buildSpecIndex } from './operation-index';
import { buildTagNodes, isKeyOfSpec, specNodeKey, tagNodeKey } from './spec-tree';
import { operationChanges } from './operation-changes';

function index(doc: unknown) {
  const detected = detectSpec(doc);
  if (!detected.ok) throw new Error(detected.message);
  return buildSpecIndex(doc, detected);
}

const doc = {
  openapi: '3.0.3',
  info: { title: ' Pets ', version: 2 },
  tags: [{ name: 'pets', description: 'Pet things' }, { name: 'unused' }],
  servers: [{ url: 'https://{region}.example.com/v1/', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } }],
  paths: {
    '/pets': {
      get: { operationId: 'listPets', summary: 'List pets', tags: ['pets'] },
      post: { summary: 'Add a pet', tags: ['pets', 'admin'], deprecated: true },
    },
    '/reports': { get: { summary: 'No operationId, no tags' } },
    '/shared': { $ref: '#/components/pathItems/Shared' },
    'x-internal': { get: {} },
  },
  components: { pathItems: { Shared: { delete: { operationId: 'listPets' } } } },
};

describe('buildSpecIndex', () => {
  it('lists every operation, with or without operationId, untagged ones under "default"', () => {
    const result = index(doc);
    if (!result.ok) throw new Error(result.message);
    const { operations } = result.index;
    expect(operations.map((o) => o.id)).toEqual(['GET /pets', 'POST /pets', 'GET /reports', 'DELETE /shared']);
    expect(operations[2]).toEqual({ id: 'GET /reports', method: 'GET', path: '/reports', summary: 'No operationId, no tags', tags: ['default'], deprecated: false });
    expect(operations[1]?.deprecated).toBe(true);
    expect(result.index.title).toBe('Pets');
    expect(result.index.version).toBe('2');
    expect(result.index.servers).toEqual([
      { url: 'https://eu.example.com/v1', template: 'https://{region}.example.com/v1/', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } },
    ]);
    expect(result.index.findings.map((f) => f.message)).toEqual(['The operationId "listPets" is also used by GET /pets.']);
  });

  it('refuses a spec whose path refers to nothing, naming the ref', () => {
    const broken = { ...doc, paths: { '/x': { $ref: '#/components/pathItems/Nope' } } };
    expect(index(broken)).toEqual({
      ok: false,
      message: 'This spec cannot be used: the path /x refers to "#/components/pathItems/Nope", which does not exist in this file.',
      detail: '#/paths/~1x',
    });
  });

  it('reports a dangling schema ref as a finding, and external files once', () => {
    const withRefs = {
      openapi: '3.0.0',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } } } } },
      components: { schemas: { R: { $ref: 'https://example.com/common.yaml#/R' }, S: { $ref: 'https://example.com/common.yaml#/S' } } },
    };
    const result = index(withRefs);
    if (!result.ok) throw new Error(result.message);
    expect(result.index.findings).toEqual([
      expect.objectContaining({ severity: 'error', message: '"#/components/schemas/Missing" refers to something that does not exist in this file.', operation: 'GET /a' }),
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('refers to 1 external file that was not fetched') }),
    ]);
  });

  it('builds the tag tree in declared order with untagged operations last', () => {
    const result = index(doc);
    if (!result.ok) throw new Error(result.message);
    const nodes = buildTagNodes(result.index.operations, result.index.tags);
    expect(nodes.map((n) => [n.name, n.operations.length])).toEqual([['pets', 2], ['admin', 1], ['default', 2]]);
    expect(nodes[0]?.description).toBe('Pet things');
    expect(isKeyOfSpec(tagNodeKey('abc', 'pets'), 'abc')).toBe(true);
    expect(isKeyOfSpec(specNodeKey('abc'), 'abc')).toBe(true);
    expect(isKeyOfSpec(specNodeKey('abcd'), 'abc')).toBe(false);
  });

  it('compares versions by operation key', () => {
    expect(operationChanges(['GET /a', 'GET /b'], ['GET /b', 'POST /c'])).toEqual({ added: ['POST /c'], removed: ['GET /a'], kept: 1 });
  });

  it('leaves out operations whose path is longer than Shoreline can send, with a finding', () => {
    const long = `/x/${'a'.repeat(9000)}`;
    const doc = { openapi: '3.0.3', info: { title: 'L', version: '1' }, paths: { [long]: { get: { responses: {} } }, '/ok': { get: { responses: {} } } } };
    const detected = detectSpec(doc);
    if (!detected.ok) throw new Error(detected.message);
    const built = buildSpecIndex(doc, detected);
    if (!built.ok) throw new Error(built.message);
    expect(built.index.operations.map((o) => o.id)).toEqual(['GET /ok']);
    expect(built.index.findings[0]?.message).toMatch(/^The path "\/x\/a+…" is 9,003 characters long, more than the 8,192 Shoreline can send; its operations were left out\.$/);
  });
});
