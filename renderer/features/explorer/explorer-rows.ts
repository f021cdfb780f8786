/**
 * Turns the spec trees (and a search, when there is one) into the flat list of rows the
 * virtualised explorer draws: spec → tag → operation, collapsed parts left out.
 */
import type { Highlight, SearchMatch } from '../../../shared/openapi/search';
import type { OperationSummary, SpecNode, SpecSummary } from '../../../shared/openapi/types';

/** One line of the explorer. */
export type ExplorerRow =
  | { kind: 'spec'; key: string; spec: SpecSummary; expanded: boolean }
  | { kind: 'tag'; key: string; specId: string; tag: string; count: number; expanded: boolean }
  | { kind: 'operation'; key: string; specId: string; operation: OperationSummary; highlights: Highlight[] };

/** The expansion key of a spec or a tag. */
export const specKey = (specId: string) => `spec:${specId}`;
export const tagKey = (specId: string, tag: string) => `tag:${specId}:${tag}`;

/** Rows for browsing: a spec or tag shows its children only when its key is in `expanded`. */
export function browseRows(specs: readonly SpecNode[], expanded: ReadonlySet<string>): ExplorerRow[] {
  const rows: ExplorerRow[] = [];
  for (const node of specs) {
    const sKey = specKey(node.spec.id);
    const specOpen = expanded.has(sKey);
    rows.push({ kind: 'spec', key: sKey, spec: node.spec, expanded: specOpen });
    if (!specOpen) continue;
    for (const tag of node.tags) {
      const tKey = tagKey(node.spec.id, tag.name);
      const tagOpen = expanded.has(tKey);
      rows.push({ kind: 'tag', key: tKey, specId: node.spec.id, tag: tag.name, count: tag.operations.length, expanded: tagOpen });
      if (!tagOpen) continue;
      for (const operation of tag.operations) {
        rows.push({ kind: 'operation', key: `op:${node.spec.id}:${tag.name}:${operation.id}`, specId: node.spec.id, operation, highlights: [] });
      }
    }
  }
  return rows;
}

/** Rows for a search: every match under its spec and first tag, all open, best specs first as found. */
export function searchRows(specs: readonly SpecNode[], matches: readonly SearchMatch[]): ExplorerRow[] {
  const bySpec = new Map<string, Map<string, SearchMatch[]>>();
  for (const match of matches) {
    const tag = match.operation.tags[0] ?? 'default';
    let tags = bySpec.get(match.specId);
    if (!tags) bySpec.set(match.specId, (tags = new Map()));
    const list = tags.get(tag);
    if (list) list.push(match);
    else tags.set(tag, [match]);
  }
  const rows: ExplorerRow[] = [];
  for (const node of specs) {
    const tags = bySpec.get(node.spec.id);
    if (!tags) continue;
    rows.push({ kind: 'spec', key: specKey(node.spec.id), spec: node.spec, expanded: true });
    for (const [tag, list] of tags) {
      rows.push({ kind: 'tag', key: tagKey(node.spec.id, tag), specId: node.spec.id, tag, count: list.length, expanded: true });
      for (const match of list) {
        rows.push({ kind: 'operation', key: `op:${node.spec.id}:${tag}:${match.operation.id}`, specId: node.spec.id, operation: match.operation, highlights: match.highlights });
      }
    }
  }
  return rows;
}
