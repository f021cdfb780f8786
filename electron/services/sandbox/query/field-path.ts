/** Reads a nested field (`hardware/model`, `user.username`) out of a JSON item. */

/** How an API family separates nested field names: `.` for DSCC, `/` for COM and GreenLake. */
export type Separator = '.' | '/';

/** Splits a written path on the family's separator. */
export function splitPath(path: string, separator: Separator): string[] {
  return path.split(separator);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every value found at `segments`, stepping into each element of any list on the way
 * (so `firmwareInventory/name` yields every name). Missing fields yield nothing.
 */
export function valuesAt(item: unknown, segments: readonly string[]): unknown[] {
  let current: unknown[] = [item];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const value of current) {
      const elements = Array.isArray(value) ? value : [value];
      for (const element of elements) {
        if (isRecord(element) && Object.hasOwn(element, segment)) next.push(element[segment]);
      }
    }
    current = next;
  }
  return current.flatMap((value) => (Array.isArray(value) ? value : [value]));
}

/** The single value at `segments` (no lists on the way), or undefined when absent. */
export function valueAt(item: unknown, segments: readonly string[]): unknown {
  let current: unknown = item;
  for (const segment of segments) {
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}
