/**
 * Finds the list of results inside a JSON body. HPE APIs wrap it as `items` (DSCC, COM, GreenLake,
 * PCBE), OneView as `members`; others use `data`, `results` or `value`. Shared by pagination and the
 * table view so both agree on what "the items" are.
 */

/** The items array and where it was found (`''` for a top-level array). */
export interface FoundItems {
  items: unknown[];
  path: string;
}

const preferredKeys = ['items', 'members', 'data', 'results', 'value', 'records', 'elements', 'content', 'entries'];

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds the items array of a JSON body: a top-level array, a well-known key, one level down, or the only array of objects. */
export function findItems(body: unknown): FoundItems | undefined {
  if (Array.isArray(body)) return { items: body, path: '' };
  if (!isRecord(body)) return undefined;
  for (const key of preferredKeys) {
    const value = body[key];
    if (Array.isArray(value)) return { items: value, path: key };
  }
  for (const key of preferredKeys) {
    const inner = body[key];
    if (!isRecord(inner)) continue;
    for (const innerKey of preferredKeys) {
      const value = inner[innerKey];
      if (Array.isArray(value)) return { items: value, path: `${key}.${innerKey}` };
    }
  }
  const arraysOfObjects = Object.entries(body).filter(
    ([, value]) => Array.isArray(value) && value.length > 0 && value.every(isRecord),
  );
  if (arraysOfObjects.length === 1) {
    const [key, value] = arraysOfObjects[0] as [string, unknown[]];
    return { items: value, path: key };
  }
  return undefined;
}
