/**
 * Search per keystroke in Node: the work the explorer does on each key (search every operation of
 * every spec, then build the result rows), timed for a query typed one letter at a time.
 */
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, createIncrementalSearch } from '../../shared/openapi/search';
import type { SpecNode } from '../../shared/openapi/types';
import { resultLimit, searchRows } from '../../renderer/features/explorer/explorer-rows';

/** Queries typed letter by letter, as a user looks for endpoints. */
export const typedQueries = ['storage systems', 'servers', 'audit', 'get volumes', 'firmware'];

/** The prefixes a user's keystrokes produce for `query` ("s", "st", … "storage systems"). */
export function keystrokes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

/** Timings of the Node search. */
export interface SearchSample {
  operations: number;
  indexMs: number;
  /** One sample per keystroke, over every measured pass. */
  perKeystrokeMs: number[];
}

/** Builds the index once, then times every keystroke `passes` times (after one pass to warm up). */
export function measureSearch(tree: readonly SpecNode[], passes: number): SearchSample {
  const indexStart = performance.now();
  const index = buildSearchIndex(tree);
  const indexMs = performance.now() - indexStart;
  const keys = typedQueries.flatMap(keystrokes);
  const perKeystrokeMs: number[] = [];
  // One search box: each key narrows the last result when it only adds to the query, as in the explorer.
  const search = createIncrementalSearch(index);
  for (let pass = 0; pass <= passes; pass++) {
    for (const typed of keys) {
      const start = performance.now();
      // The explorer's limit and row building, exactly as useSpecTree does per keystroke.
      searchRows(tree, search(typed.trim(), resultLimit));
      if (pass > 0) perKeystrokeMs.push(performance.now() - start);
    }
  }
  return { operations: index.entries.length, indexMs, perKeystrokeMs };
}
