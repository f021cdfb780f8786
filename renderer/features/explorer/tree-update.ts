/**
 * Keeping the explorer's tree current without asking for all of it again: an import's answer carries
 * the imported spec's node, and a `specs.changed` that lists exactly the specs the tree already
 * shows needs no new tree.
 */
import type { SpecNode, SpecSummary } from '../../../shared/openapi/types';

/** `tree` with `node` in place of the spec with its id, or added last (where the host lists a new spec). */
export function withImported(tree: readonly SpecNode[], node: SpecNode): SpecNode[] {
  const at = tree.findIndex((n) => n.spec.id === node.spec.id);
  return at < 0 ? [...tree, node] : tree.map((n, i) => (i === at ? node : n));
}

/**
 * True when `tree` shows exactly `specs`, in their order and as they are now (title, validation,
 * import time…): a spec's operations change only with a new import, which changes its summary too.
 */
export function treeShows(tree: readonly SpecNode[] | undefined, specs: readonly SpecSummary[]): boolean {
  return tree !== undefined && tree.length === specs.length && tree.every((node, i) => JSON.stringify(node.spec) === JSON.stringify(specs[i]));
}
