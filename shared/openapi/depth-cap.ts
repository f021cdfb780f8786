/**
 * Caps how deep the data in an operation's detail may go. A spec can hold an `example` or `enum`
 * of 20,000 nested arrays: it parses, but writing it out as JSON (to send the detail to the
 * window) overflows the stack. Anything deeper than the cap is replaced by a short note.
 */
import type { JsonValue } from './types';

/** What stands in for data nested deeper than the cap. */
export const tooDeepToShow = '(nested too deep to show)';

/** How many levels of examples, enums and defaults are kept; far beyond any real example. */
export const maxDataDepth = 64;

/** How many levels of schema are resolved; deeper schemas end in a note (real ones stay under 30). */
export const maxSchemaDepth = 128;

/** A copy of `value` with everything below `maxDepth` levels replaced by {@link tooDeepToShow}. */
export function capDepth(value: unknown, maxDepth: number = maxDataDepth): JsonValue {
  // The recursion is bounded by maxDepth, so it cannot overflow however deep the input goes.
  const copy = (node: unknown, depth: number): JsonValue => {
    if (node === null || typeof node !== 'object') return node === undefined ? null : (node as JsonValue);
    if (depth >= maxDepth) return tooDeepToShow;
    if (Array.isArray(node)) return node.map((item) => copy(item, depth + 1));
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(node)) out[key] = copy(item, depth + 1);
    return out;
  };
  return copy(value, 0);
}
