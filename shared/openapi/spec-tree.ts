/** Groups a spec's operations by tag for the explorer tree: declared tags first, in their order. */
import { defaultTag, type OperationSummary, type TagNode } from './types';

/**
 * The tag nodes of one spec. Tags declared at the top of the spec keep their order and
 * description; other tags follow in order of first use; untagged operations go under "default",
 * last. An operation with two tags appears under both. Tags without operations are left out.
 */
export function buildTagNodes(operations: readonly OperationSummary[], declared: readonly { name: string; description?: string }[] = []): TagNode[] {
  const byName = new Map<string, TagNode>();
  for (const tag of declared) {
    if (!byName.has(tag.name)) {
      byName.set(tag.name, tag.description ? { name: tag.name, description: tag.description, operations: [] } : { name: tag.name, operations: [] });
    }
  }
  for (const operation of operations) {
    for (const tag of operation.tags) {
      let node = byName.get(tag);
      if (!node) {
        node = { name: tag, operations: [] };
        byName.set(tag, node);
      }
      node.operations.push(operation);
    }
  }
  const nodes = [...byName.values()].filter((n) => n.operations.length > 0);
  const untagged = nodes.findIndex((n) => n.name === defaultTag && !declared.some((d) => d.name === defaultTag));
  if (untagged >= 0) nodes.push(...nodes.splice(untagged, 1));
  return nodes;
}

/** The key of a spec node in the tree's expanded state: `spec:<id>`. */
export function specNodeKey(specId: string): string {
  return `spec:${specId}`;
}

/** The key of a tag node in the tree's expanded state: `tag:<specId>:<tag>`. */
export function tagNodeKey(specId: string, tag: string): string {
  return `tag:${specId}:${tag}`;
}

/** True when an expanded-state key belongs to spec `specId` (so it can be dropped with the spec). */
export function isKeyOfSpec(key: string, specId: string): boolean {
  return key === specNodeKey(specId) || key.startsWith(`tag:${specId}:`);
}
