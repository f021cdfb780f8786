/**
 * Collections: one document per collection through the store, the order of the list, the global
 * variables, and a short-lived memory of what was deleted so the Undo message can put it back.
 * Every edit is a pure function of `shared/model/collection-tree.ts` applied with the document's
 * `update`, so it lands on the newest contents (another process may have written) and is saved
 * atomically, whole or not at all.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { CollectionsList, SavedRef, SavedRequestView, collectionSettingsSchema, collectionsCommands } from '../../../shared/contract/collections';
import type { PayloadOf } from '../../../shared/contract/index';
import { ShorelineError } from '../../../shared/errors';
import { collectionSchema, type Collection, type CollectionInput, type CollectionItem } from '../../../shared/model/collection';
import { outlineOf, type CollectionOutline } from '../../../shared/model/collection-outline';
import {
  checkName,
  copyName,
  copyWithNewIds,
  findItem,
  insertItem,
  moveItem,
  moveItemNextTo,
  removeItem,
  renameItem,
  updateItem,
  updateScope,
  duplicateItem,
  type RemovedItem,
} from '../../../shared/model/collection-tree';
import type { RequestRow, SavedRequest } from '../../../shared/model/request';
import type { DocumentStore, JsonDocument } from '../store/document-store';
import { collectionDocument, collectionIdOfFile, collectionsFolder, collectionsOrderDocument, globalsDocument } from './collection-documents';

/** Input of {@link CollectionsService.move}. */
export type MoveInput = z.output<(typeof collectionsCommands)['collections.move']['input']>;
/** Input of {@link CollectionsService.saveRequest}. */
export type SaveRequestInput = z.output<(typeof collectionsCommands)['collections.saveRequest']['input']>;
/** Input of {@link CollectionsService.updateSettings}. */
export type SettingsInput = z.output<typeof collectionSettingsSchema>;

type Emit = <E extends 'collections.changed' | 'globals.changed'>(name: E, payload: PayloadOf<E>) => void;

/** Dependencies of {@link createCollectionsService}. */
export interface CollectionsServiceDependencies {
  stores: DocumentStore;
  emit?: Emit;
  /** Epoch milliseconds. */
  now?: () => number;
  /** A fresh random id with a prefix (`c-`, `f-`, `r-`). */
  newId?: (prefix: 'c' | 'f' | 'r') => string;
  /** Deletions remembered for Undo at most (the oldest are forgotten first). */
  undoLimit?: number;
}

/** The collections service's public face. */
export interface CollectionsService {
  list(): CollectionsList;
  /** One whole collection, or `not_found`. */
  get(id: string): Collection;
  getRequest(collectionId: string, itemId: string): SavedRequestView;
  create(name: string): CollectionOutline;
  /** Adds a whole collection (an import) with a fresh id, at the end of the list. */
  add(collection: Omit<CollectionInput, 'id' | 'createdAt' | 'updatedAt'>): CollectionOutline;
  addFolder(collectionId: string, parentId: string | null, name: string): { itemId: string };
  rename(collectionId: string, itemId: string | undefined, name: string): void;
  updateSettings(input: SettingsInput): void;
  move(input: MoveInput): void;
  reorder(ids: readonly string[]): void;
  duplicate(collectionId: string, itemId?: string): { collectionId: string; itemId?: string };
  delete(collectionId: string, itemId?: string): { undoId: string; name: string };
  undoDelete(undoId: string): { collectionId: string; itemId?: string };
  forgetDeleted(undoId: string): void;
  saveRequest(input: SaveRequestInput): SavedRef;
  /** Applies `change` to the newest contents of a collection and saves it whole (the Postman offer's acceptance uses it). */
  update(collectionId: string, change: (collection: Collection) => Collection): Collection;
  /** Sets (or adds) one collection variable, as a capture does. */
  setVariable(collectionId: string, name: string, value: string): void;
  globals(): RequestRow[];
  setGlobals(variables: RequestRow[]): void;
  /** Sets (or adds) one global variable, as a capture does. */
  setGlobal(name: string, value: string): void;
  /** Collection files that could not be opened, in words. */
  readonly problems: readonly string[];
}

type Trash =
  | { kind: 'collection'; collection: Collection; index: number }
  | { kind: 'item'; collectionId: string; removed: RemovedItem };

const randomId = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Sets `name` in `rows` (the first row of that name, ticked), or adds it at the end. */
export function withVariable(rows: readonly RequestRow[], name: string, value: string): RequestRow[] {
  const at = rows.findIndex((row) => row.key === name);
  if (at < 0) return [...rows, { key: name, value, enabled: true }];
  return rows.map((row, i) => (i === at ? { ...row, value, enabled: true } : row));
}

/** Creates the collections service over `deps.stores` and opens every collection in its folder. */
export function createCollectionsService(deps: CollectionsServiceDependencies): CollectionsService {
  const { stores } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? randomId;
  const emit: Emit = deps.emit ?? (() => undefined);
  const order = stores.open(collectionsOrderDocument);
  const globalsDoc = stores.open(globalsDocument);
  const documents = new Map<string, JsonDocument<Collection | undefined>>();
  const problems: string[] = [];
  const trash = new Map<string, Trash>();
  const undoLimit = deps.undoLimit ?? 20;
  const folder = stores.resolve(collectionsFolder);
  stores.fs.mkdirp(folder);

  const say = (problem: string) => {
    problems.push(problem);
    stores.report(problem);
  };

  /** Opens one collection document and words what went wrong with it. */
  const openDocument = (id: string) => {
    const document = stores.open(collectionDocument(id));
    documents.set(id, document);
    const name = document.get()?.name;
    switch (document.status) {
      case 'damaged':
        say(`Shoreline could not read the collection in ${document.path} (${document.failure ?? 'it is damaged'}). The file was kept as ${document.aside}; every other collection opened as usual.`);
        break;
      case 'partial':
        say(`Shoreline could not read part of collection “${name}” and left it out; everything else is there. The file as it was is kept as ${document.aside}.`);
        break;
      case 'unreadable':
        say(`Shoreline could not read the collection in ${document.path} (${document.failure ?? 'unreadable'}). It left the file as it is; fix its permissions and restart Shoreline. Every other collection opened as usual.`);
        break;
      case 'newer':
        say(`The collection in ${document.path} was saved by a newer version of Shoreline, so this version left it alone. Update Shoreline to use it.`);
        break;
      default:
        break;
    }
  };

  /** Opens collection files that appeared and forgets those that went; returns the files that did either. */
  const scan = (): string[] => {
    const changed: string[] = [];
    const present = new Set(stores.fs.list(folder).map(collectionIdOfFile).filter((id): id is string => id !== undefined));
    for (const id of present) {
      if (documents.has(id)) continue;
      openDocument(id);
      changed.push(`${collectionsFolder}/${id}.json`);
    }
    for (const [id, document] of documents) {
      if (present.has(id) || document.get() !== undefined) continue;
      documents.delete(id);
      stores.close(document.file);
      changed.push(document.file);
    }
    return changed;
  };
  scan();
  stores.addScanner(scan);
  stores.onExternalChange((files) => {
    const ids = files.filter((f) => f.startsWith(`${collectionsFolder}/`)).map((f) => collectionIdOfFile(f.slice(collectionsFolder.length + 1))).filter((id): id is string => id !== undefined);
    if (ids.length > 0 || files.includes(collectionsOrderDocument.file)) emit('collections.changed', { ids });
    if (files.includes(globalsDocument.file)) emit('globals.changed', { variables: globalsDoc.get().variables });
  });

  /** The collections that opened, in the user's order (any not in the order file last, oldest first). */
  const ordered = (): Collection[] => {
    const all = [...documents.values()].map((d) => d.get()).filter((c): c is Collection => c !== undefined);
    const rank = new Map(order.get().order.map((id, i) => [id, i]));
    return all.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  };
  const documentOf = (id: string) => {
    const document = documents.get(id);
    if (!document || document.get() === undefined) throw new ShorelineError('not_found', 'That collection no longer exists (it may have been deleted). Nothing was changed.');
    return document;
  };
  const get = (id: string): Collection => documentOf(id).get()!;
  /** Applies `change` to the newest contents of collection `id`, saves it, and says so. */
  const mutate = (id: string, change: (collection: Collection) => Collection): Collection => {
    const next = documentOf(id).update((current) => {
      if (!current) throw new ShorelineError('not_found', 'That collection no longer exists (it may have been deleted). Nothing was changed.');
      return { ...change(current), updatedAt: new Date(now()).toISOString() };
    });
    emit('collections.changed', { ids: [id] });
    return next!;
  };
  const freshId = (prefix: 'c' | 'f' | 'r', taken: (id: string) => boolean) => {
    for (;;) {
      const id = newId(prefix);
      if (!taken(id)) return id;
    }
  };
  const itemIdIn = (collection: Collection) => (kind: CollectionItem['kind']) => freshId(kind === 'folder' ? 'f' : 'r', (id) => findItem(collection, id) !== undefined);
  const setOrder = (change: (ids: string[]) => string[]) => order.update(({ order: ids }) => ({ order: change(ids.filter((id) => documents.has(id))) }));

  /** Writes a new collection document and puts it in the list at `index` (the end by default). */
  const store = (collection: Collection, index?: number): Collection => {
    const checked = collectionSchema.parse(collection);
    const document = stores.open(collectionDocument(checked.id));
    documents.set(checked.id, document);
    document.set(checked);
    setOrder((ids) => {
      const at = index === undefined ? ids.length : Math.min(index, ids.length);
      return [...ids.slice(0, at), checked.id, ...ids.slice(at)];
    });
    emit('collections.changed', { ids: [checked.id] });
    return checked;
  };
  const remember = (entry: Trash): string => {
    const undoId = randomId('undo');
    trash.set(undoId, entry);
    while (trash.size > undoLimit) trash.delete(trash.keys().next().value!);
    return undoId;
  };
  const create = (fields: Omit<CollectionInput, 'id' | 'createdAt' | 'updatedAt'>): Collection => {
    const stamp = new Date(now()).toISOString();
    const id = freshId('c', (taken) => documents.has(taken) || stores.fs.stat(stores.resolve(`${collectionsFolder}/${taken}.json`)) !== undefined);
    return store(collectionSchema.parse({ ...fields, id, createdAt: stamp, updatedAt: stamp }));
  };

  return {
    problems,
    list: () => ({ collections: ordered().map((c) => outlineOf(c, documents.get(c.id)?.readOnlyReason)), problems: [...problems] }),
    get,

    getRequest(collectionId, itemId) {
      const collection = get(collectionId);
      const place = findItem(collection, itemId);
      if (!place || place.item.kind !== 'request') throw new ShorelineError('not_found', 'That saved request is no longer in the collection (it may have been moved or deleted).');
      return { collectionId, collectionName: collection.name, path: place.ancestors.map(({ id, name }) => ({ id, name })), item: place.item };
    },

    create: (name) => outlineOf(create({ name: checkName(name) })),
    add: (collection) => outlineOf(create(collection)),
    update: (collectionId, change) => mutate(collectionId, (collection) => collectionSchema.parse(change(collection))),

    addFolder(collectionId, parentId, name) {
      const checked = checkName(name);
      let itemId = '';
      mutate(collectionId, (collection) => {
        itemId = itemIdIn(collection)('folder');
        return insertItem(collection, parentId, { kind: 'folder', id: itemId, name: checked, auth: { kind: 'inherit' }, variables: [], notRun: [], items: [] });
      });
      return { itemId };
    },

    rename(collectionId, itemId, name) {
      const checked = checkName(name);
      mutate(collectionId, (collection) => (itemId === undefined ? { ...collection, name: checked } : renameItem(collection, itemId, checked)));
    },

    updateSettings({ collectionId, itemId, auth, environmentId, variables, description }) {
      mutate(collectionId, (collection) =>
        updateScope(collection, itemId ?? null, {
          ...(auth && { auth }),
          ...(environmentId !== undefined && { environmentId }),
          ...(variables && { variables }),
          ...(description !== undefined && { description }),
        }),
      );
    },

    move({ collectionId, itemId, toCollectionId, toParentId, index, nextTo }) {
      const destination = toCollectionId ?? collectionId;
      if (destination === collectionId) {
        mutate(collectionId, (collection) => (nextTo ? moveItemNextTo(collection, itemId, nextTo.itemId, nextTo.where) : moveItem(collection, itemId, toParentId ?? null, index)));
        return;
      }
      // Into another collection: written there first, then taken out here, so a failure in between leaves a copy, never a loss.
      const place = findItem(get(collectionId), itemId);
      if (!place) throw new ShorelineError('not_found', 'That item is no longer in the collection (it may have been moved or deleted). Nothing was changed.');
      mutate(destination, (target) => {
        // Fresh ids: ids are unique within a collection only.
        const item = copyWithNewIds(place.item, itemIdIn(target));
        if (!nextTo) return insertItem(target, toParentId ?? null, item, index);
        const anchor = findItem(target, nextTo.itemId);
        if (!anchor) throw new ShorelineError('not_found', 'The place to move to is no longer there. Nothing was changed.');
        return insertItem(target, anchor.parentId, item, anchor.index + (nextTo.where === 'after' ? 1 : 0));
      });
      mutate(collectionId, (collection) => removeItem(collection, itemId).collection);
    },

    reorder(ids) {
      setOrder((current) => [...ids.filter((id) => documents.has(id)), ...current.filter((id) => !ids.includes(id))]);
      emit('collections.changed', { ids: [] });
    },

    duplicate(collectionId, itemId) {
      if (itemId === undefined) {
        const source = get(collectionId);
        let copy: Collection = { ...source, items: [] };
        for (const item of source.items) copy = insertItem(copy, null, copyWithNewIds(item, itemIdIn(copy)));
        const { id: _id, createdAt: _created, updatedAt: _updated, origin: _origin, ...fields } = copy;
        const made = create({ ...fields, name: copyName(source.name) });
        setOrder((ids) => {
          const without = ids.filter((id) => id !== made.id);
          const at = without.indexOf(collectionId);
          return at < 0 ? [...without, made.id] : [...without.slice(0, at + 1), made.id, ...without.slice(at + 1)];
        });
        return { collectionId: made.id };
      }
      let copyId = '';
      mutate(collectionId, (collection) => {
        const result = duplicateItem(collection, itemId, itemIdIn(collection));
        copyId = result.id;
        return result.collection;
      });
      return { collectionId, itemId: copyId };
    },

    delete(collectionId, itemId) {
      if (itemId === undefined) {
        const document = documentOf(collectionId);
        const collection = document.get()!;
        const index = ordered().findIndex((c) => c.id === collectionId);
        document.remove();
        stores.close(document.file);
        documents.delete(collectionId);
        setOrder((ids) => ids.filter((id) => id !== collectionId));
        emit('collections.changed', { ids: [collectionId] });
        return { undoId: remember({ kind: 'collection', collection, index }), name: collection.name };
      }
      let removed: RemovedItem | undefined;
      mutate(collectionId, (collection) => {
        const result = removeItem(collection, itemId);
        removed = result.removed;
        return result.collection;
      });
      return { undoId: remember({ kind: 'item', collectionId, removed: removed! }), name: removed!.item.name };
    },

    undoDelete(undoId) {
      const entry = trash.get(undoId);
      if (!entry) throw new ShorelineError('not_found', 'It is too late to undo that: Shoreline no longer has what was deleted.');
      if (entry.kind === 'collection') {
        if (documents.has(entry.collection.id)) throw new ShorelineError('conflict', 'A collection with the same id exists again, so Shoreline cannot put the deleted one back.');
        store(entry.collection, entry.index);
        trash.delete(undoId);
        return { collectionId: entry.collection.id };
      }
      const { collectionId, removed } = entry;
      mutate(collectionId, (collection) => {
        // Its folder may have gone meanwhile: then it comes back at the top of the collection.
        const parentId = removed.parentId !== null && findItem(collection, removed.parentId)?.item.kind === 'folder' ? removed.parentId : null;
        const item = findItem(collection, removed.item.id) ? copyWithNewIds(removed.item, itemIdIn(collection)) : removed.item;
        return insertItem(collection, parentId, item, parentId === removed.parentId ? removed.index : undefined);
      });
      trash.delete(undoId);
      return { collectionId, itemId: removed.item.id };
    },

    forgetDeleted: (undoId) => void trash.delete(undoId),

    saveRequest({ collectionId, itemId, parentId, name, request }) {
      const checked = name === undefined ? undefined : checkName(name);
      if (itemId !== undefined) {
        let savedName = '';
        mutate(collectionId, (collection) =>
          updateItem(collection, itemId, (item) => {
            if (item.kind !== 'request') throw new ShorelineError('invalid_input', 'That is a folder, not a saved request.');
            savedName = checked ?? item.name;
            return { ...item, name: savedName, request: request as SavedRequest };
          }),
        );
        return { collectionId, itemId, name: savedName };
      }
      if (checked === undefined) throw new ShorelineError('invalid_input', 'Give the request a name.');
      let newItemId = '';
      mutate(collectionId, (collection) => {
        newItemId = itemIdIn(collection)('request');
        return insertItem(collection, parentId ?? null, { kind: 'request', id: newItemId, name: checked, request: request as SavedRequest, notRun: [], examples: [] });
      });
      return { collectionId, itemId: newItemId, name: checked };
    },

    setVariable(collectionId, name, value) {
      mutate(collectionId, (collection) => ({ ...collection, variables: withVariable(collection.variables, name, value) }));
    },

    globals: () => globalsDoc.get().variables,
    setGlobals(variables) {
      const next = globalsDoc.update(() => ({ variables }));
      emit('globals.changed', { variables: next.variables });
    },
    setGlobal(name, value) {
      const next = globalsDoc.update((current) => ({ variables: withVariable(current.variables, name, value) }));
      emit('globals.changed', { variables: next.variables });
    },
  };
}
