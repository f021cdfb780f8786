import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createIncrementalSearch, searchOperations, type SearchMatch } from './search';
import type { SpecNode, SpecSummary } from './types';

const spec = (id: string) => ({ id }) as SpecSummary;
const tree: SpecNode[] = [
  {
    spec: spec('dscc'),
    tags: [
      {
        name: 'storage-systems',
        operations: [
          { id: 'GET /api/v1/storage-systems', method: 'GET', path: '/api/v1/storage-systems', summary: 'Get all storage systems', operationId: 'SystemsList', tags: ['storage-systems'], deprecated: false },
          { id: 'DELETE /api/v1/volumes/{id}', method: 'DELETE', path: '/api/v1/volumes/{id}', summary: 'Delete a volume', tags: ['storage-systems', 'volumes'], deprecated: false },
        ],
      },
      {
        name: 'volumes',
        operations: [{ id: 'DELETE /api/v1/volumes/{id}', method: 'DELETE', path: '/api/v1/volumes/{id}', summary: 'Delete a volume', tags: ['storage-systems', 'volumes'], deprecated: false }],
      },
    ],
  },
  { spec: spec('com'), tags: [{ name: 'servers - v1beta2', operations: [{ id: 'GET /compute-ops-mgmt/v1beta2/servers', method: 'GET', path: '/compute-ops-mgmt/v1beta2/servers', summary: 'List all servers', operationId: 'get_v1beta2_servers', tags: ['servers - v1beta2'], deprecated: false }] }] },
];

describe('search', () => {
  const index = buildSearchIndex(tree);

  it('lists each operation once, and everything for an empty query', () => {
    expect(index.entries).toHaveLength(3);
    expect(searchOperations(index, '  ')).toHaveLength(3);
  });

  it('matches every word across path, summary, operationId and tag, with highlight ranges', () => {
    const [hit, ...rest] = searchOperations(index, 'Storage LIST');
    expect(rest).toEqual([]);
    expect(hit?.operation.id).toBe('GET /api/v1/storage-systems');
    expect(hit?.highlights).toContainEqual({ field: 'path', start: 8, end: 15 });
    expect(hit?.highlights).toContainEqual({ field: 'operationId', start: 7, end: 11 });
    expect(hit?.highlights).toContainEqual({ field: 'tag', start: 0, end: 7, tagIndex: 0 });
  });

  it('highlights the first occurrence per field, so a one-letter query stays cheap', () => {
    const [hit] = searchOperations(index, 'e');
    const fields = hit?.highlights.map((h) => `${h.field}${h.tagIndex ?? ''}`) ?? [];
    expect(fields.length).toBeGreaterThan(1);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('matches an HTTP method word against the method, across specs', () => {
    expect(searchOperations(index, 'delete').map((m) => m.operation.id)).toEqual(['DELETE /api/v1/volumes/{id}']);
    expect(searchOperations(index, 'get servers').map((m) => m.specId)).toEqual(['com']);
    expect(searchOperations(index, 'servers', 0)).toEqual([]);
    expect(searchOperations(index, 'nothing-like-this')).toEqual([]);
  });
});

describe('phrase ranking', () => {
  it('puts the summary that reads like the query first', () => {
    const op = (path: string, summary: string) => ({ id: `GET ${path}`, method: 'GET' as const, path, summary, tags: ['t'], deprecated: false });
    const node = {
      spec: { id: 's', title: 'S', version: '1', specVersion: '3.0.3', format: 'openapi-3.0' as const, servers: [], operationCount: 2, source: { kind: 'text' as const, fileName: 'x' }, importedAt: '', sizeBytes: 1, validation: 'done' as const, findingCounts: { error: 0, warning: 0, info: 0 } },
      tags: [{ name: 't', operations: [op('/api/v1/storage-systems/{id}/ports', 'Get all ports of Alletra storage systems'), op('/api/v1/storage-systems', 'Get all storage systems')] }],
    };
    const results = searchOperations(buildSearchIndex([node]), 'Get all storage systems');
    expect(results[0]?.operation.summary).toBe('Get all storage systems');
  });
});

describe('ties', () => {
  it('puts the shortest path first among equal scores, so one word finds the general list before its sub-resources', () => {
    const op = (path: string, summary: string) => ({ id: `GET ${path}`, method: 'GET' as const, path, summary, tags: ['t'], deprecated: false });
    const node = {
      spec: { id: 's' } as SpecSummary,
      tags: [{ name: 't', operations: [op('/api/v1/storage-systems/{systemId}/alarms', 'Get all alarms'), op('/api/v1/storage-systems/{systemId}', 'Get a storage system'), op('/api/v1/storage-systems', 'Get all storage systems')] }],
    };
    const results = searchOperations(buildSearchIndex([node]), 'storage');
    expect(results.map((m) => m.operation.path)).toEqual(['/api/v1/storage-systems', '/api/v1/storage-systems/{systemId}', '/api/v1/storage-systems/{systemId}/alarms']);
  });
});

describe('incremental search', () => {
  const op = (method: 'GET' | 'POST' | 'DELETE', path: string, summary: string, tags = ['t']) => ({ id: `${method} ${path}`, method, path, summary, tags, deprecated: false });
  const node: SpecNode = {
    spec: spec('inc'),
    tags: [
      {
        name: 't',
        operations: [
          op('GET', '/api/v1/storage-systems', 'List storage systems'),
          op('POST', '/api/v1/volumes', 'Create a volume', ['volumes']),
          op('DELETE', '/api/v1/volumes/{id}', 'Remove a volume', ['volumes']),
          // Found by "get" only through its method: no "ge" in its text.
          op('GET', '/api/v1/hosts', 'List hosts'),
          op('GET', '/api/v1/get-started', 'Getting started'),
        ],
      },
    ],
  };
  const specs = [...tree, node];
  const prefixes = (query: string) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
  // Highlights are worked out when read (a getter), so they are read here to be compared too.
  const plain = (matches: readonly SearchMatch[]) => matches.map((m) => ({ specId: m.specId, operation: m.operation, score: m.score, highlights: m.highlights }));

  it('returns exactly what a full search returns, in the same order, letter by letter and when letters are taken back', () => {
    const index = buildSearchIndex(specs);
    const search = createIncrementalSearch(index);
    const typed = [...prefixes('get volumes'), 'get volume', 'get vol', ...prefixes('ge hosts'), 'ge', 'get', 'get ', 'get hosts', 'delete', 'del', 'de', 'd', '', ...prefixes('storage systems list'), 'storage list', 'list'];
    for (const query of typed) {
      expect(plain(search(query.trim(), 2000)), query).toEqual(plain(searchOperations(index, query.trim(), 2000)));
      expect(plain(search(query.trim(), 1)), query).toEqual(plain(searchOperations(index, query.trim(), 1)));
    }
  });

  it('finds an operation by its method when a word grows into a method name', () => {
    const search = createIncrementalSearch(buildSearchIndex(specs));
    expect(search('ge').map((m) => m.operation.path)).not.toContain('/api/v1/hosts');
    expect(search('get').map((m) => m.operation.path)).toContain('/api/v1/hosts');
  });

  it('searches everything again after a result cut short by the limit', () => {
    const index = buildSearchIndex(specs);
    const search = createIncrementalSearch(index);
    expect(search('v', 1)).toHaveLength(1);
    expect(plain(search('vo'))).toEqual(plain(searchOperations(index, 'vo')));
  });
});
