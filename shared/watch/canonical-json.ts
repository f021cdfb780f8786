/**
 * One spelling per JSON value: object keys sorted, no spaces. Two answers that hold the same item
 * with its fields in another order hash alike, so an item without an `id` is still seen once.
 */

/** `value` as JSON with every object's keys in sorted order (`undefined` fields left out, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const inner = record[key];
    if (inner === undefined || typeof inner === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(inner)}`);
  }
  return `{${parts.join(',')}}`;
}
