/**
 * The collections as the flat list of rows the virtualised tree draws (collection → folders →
 * requests, collapsed parts left out), the places a request can be saved or an item moved to, and
 * where a dragged row may land. Pure, so each rule is unit-tested.
 */
import type { CollectionOutline, OutlineFolder, OutlineItem, OutlineRequest } from '../../../shared/contract/collections';
import type { TreeRow } from '../../components/tree/tree-model';
import type { DropPlace } from '../../components/tree/virtual-tree';

/** One line of the collections tree. */
export type CollectionRow = TreeRow &
  (
    | { kind: 'collection'; collectionId: string; collection: CollectionOutline; expanded: boolean }
    | { kind: 'folder'; collectionId: string; folder: OutlineFolder; expanded: boolean; parentId: string | null }
    | { kind: 'request'; collectionId: string; request: OutlineRequest; parentId: string | null }
  );

/** The key of a collection's or an item's row (also its expansion key). */
export const rowKey = (collectionId: string, itemId?: string) => (itemId === undefined ? collectionId : `${collectionId}/${itemId}`);

/** The id of the item a row shows (undefined for a collection). */
export const itemIdOf = (row: CollectionRow) => (row.kind === 'folder' ? row.folder.id : row.kind === 'request' ? row.request.id : undefined);

/** Rows for the tree: a collection or folder shows its children only when its key is in `expanded`. */
export function collectionRows(collections: readonly CollectionOutline[], expanded: ReadonlySet<string>): CollectionRow[] {
  const rows: CollectionRow[] = [];
  const items = (collectionId: string, list: readonly OutlineItem[], level: number, parentId: string | null) => {
    for (const item of list) {
      const key = rowKey(collectionId, item.id);
      if (item.kind === 'request') {
        rows.push({ kind: 'request', key, level, hasChildren: false, label: item.name, collectionId, request: item, parentId });
        continue;
      }
      const open = expanded.has(key);
      rows.push({ kind: 'folder', key, level, hasChildren: true, expanded: open, label: item.name, collectionId, folder: item, parentId });
      if (open) items(collectionId, item.items, level + 1, item.id);
    }
  };
  for (const collection of collections) {
    const key = rowKey(collection.id);
    const open = expanded.has(key);
    rows.push({ kind: 'collection', key, level: 1, hasChildren: true, expanded: open, label: collection.name, collectionId: collection.id, collection });
    if (open) items(collection.id, collection.items, 2, null);
  }
  return rows;
}

/** A place a request can be saved into or an item moved to: a collection's top or one of its folders. */
export interface Destination {
  collectionId: string;
  /** Null for the top of the collection. */
  parentId: string | null;
  /** "DSCC", "DSCC › Storage". */
  label: string;
  /** 0 for a collection. */
  depth: number;
}

/** Every collection and folder, in tree order; a folder being moved and everything inside it are left out. */
export function destinations(collections: readonly CollectionOutline[], moving?: { collectionId: string; itemId: string }): Destination[] {
  const out: Destination[] = [];
  const walk = (collectionId: string, list: readonly OutlineItem[], trail: string, depth: number) => {
    for (const item of list) {
      if (item.kind !== 'folder' || (moving?.collectionId === collectionId && moving.itemId === item.id)) continue;
      const label = `${trail} › ${item.name}`;
      out.push({ collectionId, parentId: item.id, label, depth });
      walk(collectionId, item.items, label, depth + 1);
    }
  };
  for (const collection of collections) {
    out.push({ collectionId: collection.id, parentId: null, label: collection.name, depth: 0 });
    walk(collection.id, collection.items, collection.name, 1);
  }
  return out;
}

/** True when row `inner` is `outer` or lies inside it. */
function within(inner: CollectionRow, outer: CollectionRow): boolean {
  return inner.collectionId === outer.collectionId && (inner.key === outer.key || inner.key.startsWith(`${outer.key}/`) || hasAncestor(inner, outer));
}

/** Row keys are `<collection>/<item>`, not paths: ancestry comes from the outline. */
function hasAncestor(inner: CollectionRow, outer: CollectionRow): boolean {
  if (outer.kind !== 'folder') return outer.kind === 'collection' && inner.collectionId === outer.collectionId && inner.kind !== 'collection';
  const id = itemIdOf(inner);
  const search = (items: readonly OutlineItem[]): boolean => items.some((item) => item.id === id || (item.kind === 'folder' && search(item.items)));
  return id !== undefined && search(outer.folder.items);
}

/**
 * Where `dragged` may land on `target`: collections reorder among collections; a folder or request
 * goes before or after an item, or inside a folder or collection — never into itself.
 */
export function dropPlaces(dragged: CollectionRow, target: CollectionRow): DropPlace[] {
  if (dragged.kind === 'collection') return target.kind === 'collection' && target.key !== dragged.key ? ['before', 'after'] : [];
  if (within(target, dragged)) return [];
  if (target.kind === 'collection') return ['inside'];
  if (target.kind === 'folder') return ['before', 'inside', 'after'];
  return ['before', 'after'];
}

/**
 * Where Alt+↑ / Alt+↓ moves a row among its siblings: the sibling it goes before or after, or
 * undefined at the end of the list. Collections move among collections.
 */
export function nudgeTarget(collections: readonly CollectionOutline[], row: CollectionRow, step: 1 | -1): { id: string; where: 'before' | 'after' } | undefined {
  const siblings: readonly { id: string }[] | undefined =
    row.kind === 'collection'
      ? collections
      : (() => {
          const collection = collections.find((c) => c.id === row.collectionId);
          if (!collection || row.parentId === null) return collection?.items;
          const find = (items: readonly OutlineItem[]): OutlineFolder | undefined => {
            for (const item of items) {
              if (item.kind !== 'folder') continue;
              if (item.id === row.parentId) return item;
              const inner = find(item.items);
              if (inner) return inner;
            }
            return undefined;
          };
          return find(collection.items)?.items;
        })();
  const id = row.kind === 'collection' ? row.collectionId : itemIdOf(row);
  const at = siblings?.findIndex((s) => s.id === id) ?? -1;
  const neighbour = at < 0 ? undefined : siblings?.[at + step];
  return neighbour && { id: neighbour.id, where: step < 0 ? 'before' : 'after' };
}
