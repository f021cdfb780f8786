/** The imported specs as a tree, kept fresh on `specs.changed`, with expansion remembered by main. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildSearchIndex, createIncrementalSearch, searchOperations } from '../../../shared/openapi/search';
import type { SpecNode } from '../../../shared/openapi/types';
import { useHost } from '../../host/host-context';
import { useHostQuery } from '../../host/use-host-query';
import { browseRows, resultLimit, searchRows, specKey, type ExplorerRow } from './explorer-rows';
import { treeShows, withImported } from './tree-update';

/** What the explorer needs: the tree, its rows for the current search, and expansion control. */
export interface SpecTree {
  tree: SpecNode[] | undefined;
  rows: ExplorerRow[];
  matchCount: number;
  toggle(key: string): void;
  expand(keys: string[]): void;
  reload(): Promise<void>;
  /** Shows a spec this window just imported, from the import's answer (no new tree is asked for). */
  showImported(node: SpecNode): void;
  /** The first operation row `query` shows, computed now (the drawn rows may lag a keystroke behind). */
  firstOperation(query: string): ExplorerRow | undefined;
}

/** Loads the tree and filters it by `query`. */
export function useSpecTree(query: string): SpecTree {
  const host = useHost();
  // The tree as this render has it, for the event below (which runs later, with the latest render's reaction).
  const shown: { tree?: SpecNode[] | undefined } = {};
  const {
    data: tree,
    refresh: reload,
    put,
  } = useHostQuery('specs.tree', {}, { refreshOn: { 'specs.changed': (specs) => (treeShows(shown.tree, specs) ? 'ignore' : 'refetch') } });
  shown.tree = tree;
  const showImported = useCallback((node: SpecNode) => put((current) => (current ? { data: withImported(current, node) } : {})), [put]);
  // Which specs and tags were open is read once (early, with the first screen, when the host did); from then on this window owns it and writes it back.
  const [early] = useState(() => host.peek?.('specs.getExpanded', {}));
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(early?.value));
  useEffect(() => {
    if (early) return;
    host.invoke('specs.getExpanded', {}).then((keys) => setExpanded(new Set(keys)), () => undefined);
  }, [host, early]);

  const persist = useCallback(
    (next: Set<string>) => {
      setExpanded(next);
      void host.invoke('specs.setExpanded', { keys: [...next] }).catch(() => undefined);
    },
    [host],
  );
  const toggle = useCallback(
    (key: string) => {
      const next = new Set(expanded);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      persist(next);
    },
    [expanded, persist],
  );
  const expand = useCallback((keys: string[]) => persist(new Set([...expanded, ...keys])), [expanded, persist]);

  const index = useMemo(() => buildSearchIndex(tree ?? []), [tree]);
  // Typing on narrows the last result instead of searching every operation again.
  const search = useMemo(() => createIncrementalSearch(index), [index]);
  // `query` arrives in a transition (see the explorer's SearchField), so typing never waits for the list.
  const trimmed = query.trim();
  // The list without a search is kept while searching: clearing the box hands back the same rows.
  const browsing = useMemo(() => (tree ? browseRows(tree, expanded) : []), [tree, expanded]);
  const { rows, matchCount } = useMemo(() => {
    if (!tree || !trimmed) return { rows: browsing, matchCount: 0 };
    const matches = search(trimmed, resultLimit);
    return { rows: searchRows(tree, matches), matchCount: matches.length };
  }, [tree, browsing, search, trimmed]);

  const firstOperation = useCallback(
    (text: string) => {
      const q = text.trim();
      const now = !tree ? [] : q ? searchRows(tree, searchOperations(index, q, resultLimit)) : browseRows(tree, expanded);
      return now.find((row) => row.kind === 'operation');
    },
    [tree, index, expanded],
  );

  return { tree, rows, matchCount, toggle, expand, reload, showImported, firstOperation };
}

export { specKey };
