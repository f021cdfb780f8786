/**
 * Putting new items oldest first. APIs list audit entries newest first (seed 003: "LIFO … great for a
 * GUI, complicated for scripts"); a watch shows them in the order they happened, and items that share
 * a moment keep the order the API implied for them.
 */
import { isRecord } from '../http/items';
import { readInstant, type Instant } from './instant';
import { itemKey } from './item-key';

/** An item with its key and, when it has one, its moment. */
export interface KeyedItem {
  key: string;
  item: unknown;
  at?: Instant;
}

/** The value at `path` inside `item` (`['workspace', 'createdAt']`), or undefined. */
export function valueAt(item: unknown, path: readonly string[]): unknown {
  let current: unknown = item;
  for (const part of path) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return current;
}

/** The moment an item carries at `path`, if it carries a date-time there. */
export function instantAt(item: unknown, path: readonly string[] | undefined): Instant | undefined {
  return path ? readInstant(valueAt(item, path)) : undefined;
}

/**
 * Keys and moments for `items`, each key once, where it was listed last. Pages of a newest-first
 * list shift while they are read (new items push older ones onto the next page, so an item can be
 * listed twice); an item's last listing comes from the latest view of the list, so ordering by last
 * listings gives exactly the API's own order.
 */
export function keyItems(items: readonly unknown[], timePath?: readonly string[]): KeyedItem[] {
  const last = new Map<string, number>();
  const keys = items.map((item, i) => {
    const key = itemKey(item);
    last.set(key, i);
    return key;
  });
  const out: KeyedItem[] = [];
  items.forEach((item, i) => {
    const key = keys[i] as string;
    if (last.get(key) !== i) return;
    const at = instantAt(item, timePath);
    out.push(at === undefined ? { key, item } : { key, item, at });
  });
  return out;
}

/** True when the listed moments run newest first (fewer than two moments: undefined, nothing to tell). */
export function listsNewestFirst(items: readonly KeyedItem[]): boolean | undefined {
  const moments = items.flatMap((i) => (i.at === undefined ? [] : [i.at]));
  if (moments.length < 2) return undefined;
  const first = moments[0] as Instant;
  const last = moments[moments.length - 1] as Instant;
  return first === last ? undefined : first > last;
}

/**
 * `items` oldest first: reversed when the API listed them newest first (or `assumeNewestFirst` when
 * the moments cannot tell), then stably ordered by moment; items without one go last.
 */
export function oldestFirst(items: readonly KeyedItem[], assumeNewestFirst = false): KeyedItem[] {
  const newestFirst = listsNewestFirst(items) ?? assumeNewestFirst;
  const ordered = newestFirst ? [...items].reverse() : [...items];
  return ordered.sort((a, b) => {
    if (a.at === b.at) return 0;
    if (a.at === undefined) return 1;
    if (b.at === undefined) return -1;
    return a.at < b.at ? -1 : 1;
  });
}

/** The newest moment among `items`, if any carries one. */
export function newestOf(items: readonly KeyedItem[]): Instant | undefined {
  let newest: Instant | undefined;
  for (const item of items) if (item.at !== undefined && (newest === undefined || item.at > newest)) newest = item.at;
  return newest;
}
