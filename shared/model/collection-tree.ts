/**
 * Every edit of a collection as a pure function: find, insert, remove, move, rename, duplicate and
 * change the settings of an item. Each returns a new collection (the parts off the changed path are
 * shared, not copied) or throws a {@link ShorelineError} in words; the collections service applies
 * them through its document's `update`, so an edit is saved whole or not at all.
 */
import { ShorelineError } from '../errors';
import { itemNameSchema, maxFolderDepth, type Collection, type CollectionFolder, type CollectionItem, type CollectionRequest } from './collection';
import type { RequestAuth, RequestRow } from './request';

/** Where an item sits: its parent (null for the collection itself), its place there, and the folders above it, outermost first. */
export interface ItemPlace {
  item: CollectionItem;
  /** The folder holding it; null when it sits at the top of the collection. */
  parentId: string | null;
  index: number;
  ancestors: CollectionFolder[];
}

/** What a delete took out, with where it was, so an undo puts it back in the same place. */
export interface RemovedItem {
  item: CollectionItem;
  parentId: string | null;
  index: number;
}

/** The settings a collection and each folder may set (see `resolveScope`). */
export interface ScopePatch {
  auth?: RequestAuth;
  /** An environment id, or null to inherit again. */
  environmentId?: string | null;
  variables?: RequestRow[];
  /** Markdown, or null to remove it. */
  description?: string | null;
}

type Container = Pick<Collection, 'items'>;

/** Finds `id` anywhere in the collection. */
export function findItem(collection: Container, id: string): ItemPlace | undefined {
  const search = (items: readonly CollectionItem[], parentId: string | null, ancestors: CollectionFolder[]): ItemPlace | undefined => {
    for (const [index, item] of items.entries()) {
      if (item.id === id) return { item, parentId, index, ancestors };
      if (item.kind === 'folder') {
        const found = search(item.items, item.id, [...ancestors, item]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(collection.items, null, []);
}

/** Every request of a collection or folder, in the order a runner meets them, with the folders above each. */
export function requestsOf(container: Container): { request: CollectionRequest; ancestors: CollectionFolder[] }[] {
  const out: { request: CollectionRequest; ancestors: CollectionFolder[] }[] = [];
  const walk = (items: readonly CollectionItem[], ancestors: CollectionFolder[]) => {
    for (const item of items) {
      if (item.kind === 'request') out.push({ request: item, ancestors });
      else walk(item.items, [...ancestors, item]);
    }
  };
  walk(container.items, []);
  return out;
}

/** How many requests and folders a list of items holds, at any depth. */
export function countItems(items: readonly CollectionItem[]): { requests: number; folders: number } {
  let requests = 0;
  let folders = 0;
  for (const item of items) {
    if (item.kind === 'request') requests += 1;
    else {
      const inner = countItems(item.items);
      folders += 1 + inner.folders;
      requests += inner.requests;
    }
  }
  return { requests, folders };
}

/** The deepest chain of folders inside `item`, counting itself when it is a folder. */
function folderHeight(item: CollectionItem): number {
  return item.kind === 'folder' ? 1 + Math.max(0, ...item.items.map(folderHeight)) : 0;
}

function notFound(): ShorelineError {
  return new ShorelineError('not_found', 'That item is no longer in the collection (it may have been moved or deleted). Nothing was changed.');
}

/** A checked, trimmed name, or a ShorelineError in words. */
export function checkName(name: string): string {
  const parsed = itemNameSchema.safeParse(name);
  if (!parsed.success) throw new ShorelineError('invalid_input', parsed.error.issues[0]?.message ?? 'Give it a name.');
  return parsed.data;
}

/** Replaces the item list of the folder `parentId` (null: the collection's own list). */
function withItems<C extends Container>(collection: C, parentId: string | null, change: (items: CollectionItem[]) => CollectionItem[]): C {
  if (parentId === null) return { ...collection, items: change([...collection.items]) };
  let hit = false;
  const visit = (items: readonly CollectionItem[]): CollectionItem[] =>
    items.map((item) => {
      if (item.kind !== 'folder') return item;
      if (item.id === parentId) {
        hit = true;
        return { ...item, items: change([...item.items]) };
      }
      const inner = visit(item.items);
      return inner.some((x, i) => x !== item.items[i]) ? { ...item, items: inner } : item;
    });
  const items = visit(collection.items);
  if (!hit) throw notFound();
  return { ...collection, items };
}

/** Changes one item in place. */
export function updateItem<C extends Container>(collection: C, id: string, change: (item: CollectionItem) => CollectionItem): C {
  const place = findItem(collection, id);
  if (!place) throw notFound();
  return withItems(collection, place.parentId, (items) => items.map((item) => (item.id === id ? change(item) : item)));
}

/**
 * Puts `item` into folder `parentId` (null: the top of the collection) at `index` (at the end when
 * absent or past the end). Refused when the parent is missing or is not a folder, or when the folders
 * would nest deeper than {@link maxFolderDepth}.
 */
export function insertItem<C extends Container>(collection: C, parentId: string | null, item: CollectionItem, index?: number): C {
  if (parentId !== null) {
    const parent = findItem(collection, parentId);
    if (!parent) throw notFound();
    if (parent.item.kind !== 'folder') throw new ShorelineError('invalid_input', 'Requests go into a collection or a folder, not into another request.');
    if (parent.ancestors.length + 1 + folderHeight(item) > maxFolderDepth) {
      throw new ShorelineError('invalid_input', `Folders can nest ${maxFolderDepth} deep at most; this would go deeper. Nothing was changed.`);
    }
  }
  if (findItem(collection, item.id)) throw new ShorelineError('conflict', 'An item with that id is already in the collection.');
  return withItems(collection, parentId, (items) => {
    const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length));
    items.splice(at, 0, item);
    return items;
  });
}

/** Takes `id` (and everything inside it) out; returns what was removed and where it was. */
export function removeItem<C extends Container>(collection: C, id: string): { collection: C; removed: RemovedItem } {
  const place = findItem(collection, id);
  if (!place) throw notFound();
  const next = withItems(collection, place.parentId, (items) => items.filter((item) => item.id !== id));
  return { collection: next, removed: { item: place.item, parentId: place.parentId, index: place.index } };
}

/**
 * Moves `id` into folder `toParentId` (null: the top) at `index`, counted in the destination's list
 * once the item has been taken out (absent: at the end). Moving a folder into itself or into one of
 * its own folders is refused; the order of everything else is kept.
 */
export function moveItem<C extends Container>(collection: C, id: string, toParentId: string | null, index?: number): C {
  const place = findItem(collection, id);
  if (!place) throw notFound();
  if (toParentId !== null && (toParentId === id || (place.item.kind === 'folder' && findItem(place.item, toParentId)))) {
    throw new ShorelineError('invalid_input', `“${place.item.name}” cannot go into itself or into one of its own folders. Nothing was changed.`);
  }
  const { collection: without } = removeItem(collection, id);
  return insertItem(without, toParentId, place.item, index);
}

/** Moves `id` just before or after `targetId` (in the target's folder). */
export function moveItemNextTo<C extends Container>(collection: C, id: string, targetId: string, where: 'before' | 'after'): C {
  if (id === targetId) return collection;
  const target = findItem(collection, targetId);
  if (!target) throw notFound();
  if (findItem(collection, id)?.item.kind === 'folder' && target.ancestors.some((folder) => folder.id === id)) {
    throw new ShorelineError('invalid_input', 'A folder cannot go into one of its own folders. Nothing was changed.');
  }
  const { collection: without } = removeItem(collection, id);
  const at = findItem(without, targetId)!.index + (where === 'after' ? 1 : 0);
  return insertItem(without, target.parentId, findItem(collection, id)!.item, at);
}

/** Renames an item; names need not be unique (Postman allows two "Get device"). */
export function renameItem<C extends Container>(collection: C, id: string, name: string): C {
  const checked = checkName(name);
  return updateItem(collection, id, (item) => ({ ...item, name: checked }));
}

/** A deep copy of `item` with fresh ids from `newId` for it and everything inside. */
export function copyWithNewIds(item: CollectionItem, newId: (kind: CollectionItem['kind']) => string): CollectionItem {
  if (item.kind === 'request') return { ...clone(item), id: newId('request') };
  return { ...item, id: newId('folder'), items: item.items.map((inner) => copyWithNewIds(inner, newId)), variables: clone(item.variables), notRun: clone(item.notRun) };
}

/** A deep copy of plain data (collections are JSON through and through). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Copies `id` (a folder with everything in it) to just below itself, named "… copy"; returns the copy's id. */
export function duplicateItem<C extends Container>(collection: C, id: string, newId: (kind: CollectionItem['kind']) => string): { collection: C; id: string } {
  const place = findItem(collection, id);
  if (!place) throw notFound();
  const copy = { ...copyWithNewIds(place.item, newId), name: copyName(place.item.name) };
  return { collection: insertItem(collection, place.parentId, copy, place.index + 1), id: copy.id };
}

/** "Storage" → "Storage copy", within the name length limit. */
export function copyName(name: string): string {
  return `${name.slice(0, 295)} copy`;
}

/** Applies a settings change to an object with the scope fields. */
function patchScope<T extends { auth: RequestAuth; environmentId?: string | undefined; variables: RequestRow[]; description?: string | undefined }>(target: T, patch: ScopePatch): T {
  const next = { ...target };
  if (patch.auth) next.auth = patch.auth;
  if (patch.variables) next.variables = patch.variables;
  if (patch.environmentId === null) delete next.environmentId;
  else if (patch.environmentId !== undefined) next.environmentId = patch.environmentId;
  if (patch.description === null) delete next.description;
  else if (patch.description !== undefined) next.description = patch.description;
  return next;
}

/** Changes the settings of folder `folderId`, or of the collection itself when it is null. */
export function updateScope(collection: Collection, folderId: string | null, patch: ScopePatch): Collection {
  if (folderId === null) return patchScope(collection, patch);
  return updateItem(collection, folderId, (item) => {
    if (item.kind !== 'folder') throw new ShorelineError('invalid_input', 'A request sets its auth and variables in its own tabs, not as folder settings.');
    return patchScope(item, patch);
  });
}
