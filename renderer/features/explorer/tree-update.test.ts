import { describe, expect, it } from 'vitest';
import type { SpecNode, SpecSummary } from '../../../shared/openapi/types';
import { treeShows, withImported } from './tree-update';

const summary = (id: string, more: Partial<SpecSummary> = {}): SpecSummary => ({
  id,
  title: id.toUpperCase(),
  version: '1',
  specVersion: '3.0.3',
  format: 'openapi-3.0',
  servers: [],
  operationCount: 1,
  source: { kind: 'file', fileName: `${id}.yaml` },
  importedAt: '2026-12-02T10:00:00.000Z',
  sizeBytes: 10,
  validation: 'pending',
  findingCounts: { error: 0, warning: 0, info: 0 },
  ...more,
});
const node = (id: string, more: Partial<SpecSummary> = {}, tag = 'volumes'): SpecNode => ({
  spec: summary(id, more),
  tags: [{ name: tag, operations: [{ id: 'GET /a', method: 'GET', path: '/a', tags: [tag], deprecated: false }] }],
});

describe('the explorer tree kept current', () => {
  it('adds a new spec last, where the host lists it, and replaces an updated one in place', () => {
    const tree = [node('a'), node('b')];
    expect(withImported(tree, node('c')).map((n) => n.spec.id)).toEqual(['a', 'b', 'c']);
    const updated = withImported(tree, node('a', { version: '2' }, 'systems'));
    expect(updated.map((n) => [n.spec.id, n.spec.version, n.tags[0]?.name])).toEqual([['a', '2', 'systems'], ['b', '1', 'volumes']]);
    expect(tree[0]?.spec.version).toBe('1');
  });

  it('needs no new tree only when it shows exactly the listed specs, in order and as they are now', () => {
    const tree = [node('a'), node('b')];
    expect(treeShows(tree, [summary('a'), summary('b')])).toBe(true);
    expect(treeShows(undefined, [])).toBe(false);
    expect(treeShows(tree, [summary('b'), summary('a')])).toBe(false);
    expect(treeShows(tree, [summary('a')])).toBe(false);
    expect(treeShows(tree, [summary('a'), summary('b'), summary('c')])).toBe(false);
    expect(treeShows(tree, [summary('a', { validation: 'done' }), summary('b')])).toBe(false);
    expect(treeShows(tree, [summary('a', { importedAt: '2026-12-02T10:00:00.001Z' }), summary('b')])).toBe(false);
  });
});
