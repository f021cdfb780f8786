/**
 * How a watch tells items apart: by `id` when the item has one (every HPE list item does), else by a
 * hash of the item's canonical JSON. Keys are prefixed so an id can never collide with a hash.
 */
import { canonicalJson } from './canonical-json';
import { fnv1a64 } from './fnv1a';

/** The key of a list item: `id:<id>` for an item with a usable `id`, else `h:<FNV-1a 64 of its canonical JSON>`. */
export function itemKey(item: unknown): string {
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    const id = (item as Record<string, unknown>).id;
    if (typeof id === 'string' && id !== '') return `id:${id}`;
    if (typeof id === 'number' && Number.isFinite(id)) return `id:${id}`;
  }
  return contentKey(item);
}

/** The key of a whole answer by its content only (`h:<hash>`): a watched object that changes gets a new key. */
export function contentKey(value: unknown): string {
  return `h:${fnv1a64(canonicalJson(value))}`;
}
