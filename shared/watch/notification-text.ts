/**
 * What a desktop notification about new watch items says — the same words from Electron's main
 * process and from the browser's Notification API on the web host.
 */
import type { WatchItem } from '../contract/watch';

/** Fields that name an item in a sentence, in the order an administrator reads them. */
const nameFields = ['description', 'summary', 'message', 'name', 'displayName', 'title', 'category', 'type', 'id'];

/** The item in a few words: its first naming field (`description` of an audit entry), cut to 120 characters. */
export function itemHeadline(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  for (const field of nameFields) {
    const value = record[field];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') {
      const text = String(value).replace(/\s+/g, ' ').trim();
      return text.length > 120 ? `${text.slice(0, 119)}…` : text;
    }
  }
  return undefined;
}

/** The notification for `items` (oldest first) found by the watch `name`. */
export function newItemsNotification(name: string, items: readonly WatchItem[]): { title: string; body: string } {
  const count = items.length;
  const title = `${name}: ${count.toLocaleString('en')} new`;
  const newest = items.at(-1);
  const headline = newest === undefined ? undefined : itemHeadline(newest.item);
  if (headline === undefined) return { title, body: count === 1 ? 'A new item arrived.' : `${count.toLocaleString('en')} new items arrived.` };
  return { title, body: count === 1 ? headline : `Newest: ${headline}` };
}
