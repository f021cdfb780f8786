/**
 * How big a parsed YAML document would be as JSON with every alias expanded, measured without
 * expanding anything: an alias is a shared object (or the same string) in the parsed tree, so the
 * walk memoises each object's size by identity. A 1 MB file can alias a 1 MiB string 400 times;
 * counting values would see 400, counting bytes sees 400 MB.
 */

/** The outcome of {@link measureExpansion}. */
export type Expansion = { cyclic: true } | { cyclic: false; bytes: number };

/** JSON bytes of a primitive (strings without their escapes: a lower bound is all a limit needs). */
function primitiveBytes(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  return 4;
}

/**
 * The approximate JSON size of `root` in bytes, aliases expanded, or `cyclic` when an alias refers
 * back to a node that contains it (such a document has no JSON form). Iterative, so a deep
 * document cannot overflow the stack; memory is one entry per distinct object.
 */
export function measureExpansion(root: unknown): Expansion {
  if (root === null || typeof root !== 'object') return { cyclic: false, bytes: primitiveBytes(root) };
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const stack: [object, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, childrenDone] = stack.pop() as [object, boolean];
    const isArray = Array.isArray(node);
    const keys = Object.keys(node);
    if (childrenDone) {
      let size = 2 + Math.max(0, keys.length - 1);
      for (const key of keys) {
        const child = (node as Record<string, unknown>)[key];
        if (!isArray) size += key.length + 3;
        size += child !== null && typeof child === 'object' ? (sizes.get(child) ?? 0) : primitiveBytes(child);
      }
      sizes.set(node, size);
      open.delete(node);
      continue;
    }
    if (sizes.has(node)) continue;
    if (open.has(node)) return { cyclic: true };
    open.add(node);
    stack.push([node, true]);
    for (const key of keys) {
      const child = (node as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object' || sizes.has(child)) continue;
      if (open.has(child)) return { cyclic: true };
      stack.push([child, false]);
    }
  }
  return { cyclic: false, bytes: sizes.get(root) ?? 0 };
}

/** "420 MB", "1.8 GB": a size for a sentence. */
export function describeBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (!Number.isFinite(value) || unit === units.length - 1 && value >= 1024) return 'an astronomical size';
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
