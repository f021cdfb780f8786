/** Compares two versions of a spec by operation key, so saved choices survive a re-import. */
import type { OperationChanges } from './types';

/** What `next` added and removed compared with `previous` (both lists of operation keys). */
export function operationChanges(previous: readonly string[], next: readonly string[]): OperationChanges {
  const before = new Set(previous);
  const after = new Set(next);
  return {
    added: next.filter((key) => !before.has(key)),
    removed: previous.filter((key) => !after.has(key)),
    kept: next.filter((key) => before.has(key)).length,
  };
}
