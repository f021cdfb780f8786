/**
 * Turns the spec trees (and a search, when there is one) into the flat list of rows the
 * virtualised explorer draws: spec → tag → operation, collapsed parts left out.
 */
import type { SavedMatch } from '../../../shared/model/collection-outline';
import type { Highlight, SearchMatch } from '../../../shared/openapi/search';
import type { OperationSummary, SpecNode, SpecSummary } from '../../../shared/openapi/types';
import type { TreeRow } from '../../components/tree/tree-model';

/** One line of the explorer; as a tree row, specs are level 1, tags 2, operations 3. */
export type ExplorerRow = TreeRow &
  (
    | { kind: 'spec'; spec: SpecSummary; expanded: boolean }
    | { kind: 'tag'; specId: string; tag: string; count: number; expanded: boolean }
    | { kind: 'operation'; specId: string; operation: OperationSummary; readonly highlights: readonly Highlight[] }
    | { kind: 'saved-group'; count: number; expanded: boolean }
    | { kind: 'saved'; match: SavedMatch }
  );

/** The most operations a search lists. */
export const resultLimit = 2000;

/** The key of the "Saved requests" group of a search. */
export const savedGroupKey = 'saved-requests';

/** Rows for the saved requests a search found, in their own group (left out when there are none). */
export function savedRows(matches: readonly SavedMatch[], expanded: boolean): ExplorerRow[] {
  if (matches.length === 0) return [];
  const group: ExplorerRow = { kind: 'saved-group', key: savedGroupKey, level: 1, hasChildren: true, expanded, label: 'Saved requests', count: matches.length };
  if (!expanded) return [group];
  return [
    group,
    ...matches.map((match): ExplorerRow => ({ kind: 'saved', key: `saved:${match.collectionId}/${match.request.id}`, level: 2, hasChildren: false, label: match.request.name, match })),
  ];
}

/** The expansion key of a spec or a tag. */
export const specKey = (specId: string) => `spec:${specId}`;
export const tagKey = (specId: string, tag: string) => `tag:${specId}:${tag}`;

/**
 * Spec and tag rows are kept per spec and handed out again while they read the same: a keystroke then
 * gives the memoised row views the very objects they drew, and they skip their redraw.
 */
const headerRows = new WeakMap<SpecSummary, Map<string, ExplorerRow>>();

function sharedRow(spec: SpecSummary, key: string, make: () => ExplorerRow): ExplorerRow {
  let rows = headerRows.get(spec);
  if (!rows) headerRows.set(spec, (rows = new Map()));
  let row = rows.get(key);
  if (!row) rows.set(key, (row = make()));
  return row;
}

const specRow = (spec: SpecSummary, expanded: boolean): ExplorerRow =>
  sharedRow(spec, expanded ? 'open' : 'closed', () => ({ kind: 'spec', key: specKey(spec.id), level: 1, hasChildren: true, label: spec.title, spec, expanded }));
const tagRow = (spec: SpecSummary, tag: string, count: number, expanded: boolean): ExplorerRow =>
  sharedRow(spec, `${expanded ? 'open' : 'closed'} ${count} ${tag}`, () => ({ kind: 'tag', key: tagKey(spec.id, tag), level: 2, hasChildren: true, label: tag, specId: spec.id, tag, count, expanded }));
const noHighlights: readonly Highlight[] = [];

/**
 * An operation's row; its highlights are read from the match only when the row is drawn (see
 * searchOperations). A class, so that each of the up to 2,000 rows of a keystroke carries no closure.
 */
class OperationRow {
  readonly kind = 'operation';
  readonly key: string;
  readonly level = 3;
  readonly hasChildren = false;
  readonly label: string;
  readonly #match: SearchMatch | undefined;

  constructor(
    readonly specId: string,
    tag: string,
    readonly operation: OperationSummary,
    match?: SearchMatch,
  ) {
    this.key = `op:${specId}:${tag}:${operation.id}`;
    this.label = operation.summary ?? operation.operationId ?? operation.path;
    this.#match = match;
  }

  get highlights(): readonly Highlight[] {
    return this.#match ? this.#match.highlights : noHighlights;
  }
}

const operationRow = (specId: string, tag: string, operation: OperationSummary, match?: SearchMatch): ExplorerRow => new OperationRow(specId, tag, operation, match);

/** Rows for browsing: a spec or tag shows its children only when its key is in `expanded`. */
export function browseRows(specs: readonly SpecNode[], expanded: ReadonlySet<string>): ExplorerRow[] {
  const rows: ExplorerRow[] = [];
  for (const node of specs) {
    const sKey = specKey(node.spec.id);
    const specOpen = expanded.has(sKey);
    rows.push(specRow(node.spec, specOpen));
    if (!specOpen) continue;
    for (const tag of node.tags) {
      const tKey = tagKey(node.spec.id, tag.name);
      const tagOpen = expanded.has(tKey);
      rows.push(tagRow(node.spec, tag.name, tag.operations.length, tagOpen));
      if (!tagOpen) continue;
      for (const operation of tag.operations) {
        rows.push(operationRow(node.spec.id, tag.name, operation));
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
    rows.push(specRow(node.spec, true));
    for (const [tag, list] of tags) {
      rows.push(tagRow(node.spec, tag, list.length, true));
      for (const match of list) {
        rows.push(operationRow(node.spec.id, tag, match.operation, match));
      }
    }
  }
  return rows;
}
