import { describe, expect, it } from 'vitest';
import type { SpecNode } from '../../../shared/openapi/types';
import { browseRows, searchRows, specKey, tagKey } from './explorer-rows';

const op = (method: 'GET' | 'POST', path: string, tags = ['volumes']) => ({ id: `${method} ${path}`, method, path, tags, deprecated: false });
const spec: SpecNode = {
  spec: { id: 's1', title: 'DSCC', version: '1.4.0', specVersion: '3.0.3', format: 'openapi-3.0', servers: [], operationCount: 3, source: { kind: 'file', fileName: 'storage-api.yaml' }, importedAt: '', sizeBytes: 1, validation: 'done', findingCounts: { error: 0, warning: 0, info: 0 } },
  tags: [
    { name: 'volumes', operations: [op('GET', '/volumes'), op('POST', '/volumes')] },
    { name: 'systems', operations: [op('GET', '/storage-systems', ['systems'])] },
  ],
};

describe('explorer rows', () => {
  it('shows only the spec while it is collapsed', () => {
    expect(browseRows([spec], new Set()).map((r) => r.kind)).toEqual(['spec']);
  });
  it('shows tags of an open spec and operations of an open tag', () => {
    const rows = browseRows([spec], new Set([specKey('s1'), tagKey('s1', 'volumes')]));
    expect(rows.map((r) => (r.kind === 'operation' ? r.operation.id : r.kind === 'tag' ? `#${r.tag}` : r.kind))).toEqual(['spec', '#volumes', 'GET /volumes', 'POST /volumes', '#systems']);
  });
  it('groups search matches under their spec and tag, all open', () => {
    const rows = searchRows([spec], [{ specId: 's1', operation: op('GET', '/storage-systems', ['systems']), highlights: [{ field: 'path', start: 1, end: 8 }], score: 3 }]);
    expect(rows.map((r) => r.kind)).toEqual(['spec', 'tag', 'operation']);
    expect(rows[1]).toMatchObject({ tag: 'systems', count: 1, expanded: true });
    expect(rows[2]).toMatchObject({ highlights: [{ field: 'path', start: 1, end: 8 }] });
  });
  it('hands back the same spec and tag rows while they read the same, so a keystroke does not redraw them', () => {
    const match = (path: string) => ({ specId: 's1', operation: op('GET', path), highlights: [], score: 3 });
    const first = searchRows([spec], [match('/volumes')]);
    const second = searchRows([spec], [match('/volumes')]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    const both = searchRows([spec], [match('/volumes'), match('/volumes/{id}')]);
    expect(both[1]).not.toBe(first[1]);
    expect(both[1]).toMatchObject({ count: 2 });
    expect(browseRows([spec], new Set())[0]).not.toBe(first[0]);
    expect(browseRows([spec], new Set())[0]).toBe(browseRows([spec], new Set())[0]);
  });
});
