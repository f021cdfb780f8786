/**
 * Commands of collections (C5): saved requests in nested folders, each level able to set a
 * connection, an environment and variables. Every change is saved at once, whole or not at all; a
 * delete can be undone until its message goes away.
 */
import { z } from 'zod';
import { collectionIdSchema, itemNameSchema, type Collection, type CollectionRequest } from '../model/collection';
import type { CollectionOutline } from '../model/collection-outline';
import { maxRows, requestAuthSchema, requestRowSchema, requestSchema } from '../model/request';
import { command, event } from './define';

export type { CollectionOutline, OutlineFolder, OutlineItem, OutlineRequest } from '../model/collection-outline';

const id = collectionIdSchema;
/** A collection, or an item in it when `itemId` is given. */
const target = { collectionId: id, itemId: id.optional() };
const undoIdSchema = z.string().min(1).max(64);

/** What `collections.list` answers. */
export interface CollectionsList {
  collections: CollectionOutline[];
  /** Collection files that could not be opened, in words (the others open as usual). */
  problems: string[];
}

/** A saved request with where it sits. */
export interface SavedRequestView {
  collectionId: string;
  collectionName: string;
  /** The folders above it, outermost first. */
  path: { id: string; name: string }[];
  item: CollectionRequest;
}

/** Where a saved request is. */
export interface SavedRef {
  collectionId: string;
  itemId: string;
  name: string;
}

/** Input of `collections.updateSettings`: only what is given changes; null sets a field back to inherit (or removes it). */
export const collectionSettingsSchema = z
  .object({
    ...target,
    auth: requestAuthSchema.optional(),
    environmentId: z.string().min(1).max(256).nullable().optional(),
    variables: z.array(requestRowSchema).max(maxRows).optional(),
    description: z.string().max(100_000).nullable().optional(),
  })
  .strict();

/** The collections domain of the contract. */
export const collectionsCommands = {
  /** Every collection in the user's order, as outlines. */
  'collections.list': command<CollectionsList>()(z.object({}).strict()),
  /** One whole collection. */
  'collections.get': command<Collection>()(z.object({ id }).strict()),
  /** One saved request, with the folders above it. */
  'collections.getRequest': command<SavedRequestView>()(z.object({ collectionId: id, itemId: id }).strict()),
  /** Creates an empty collection at the end of the list. */
  'collections.create': command<CollectionOutline>()(z.object({ name: itemNameSchema }).strict()),
  /** Adds an empty folder into the collection or into folder `parentId`, at the end. */
  'collections.addFolder': command<{ itemId: string }>()(z.object({ collectionId: id, parentId: id.nullable().default(null), name: itemNameSchema }).strict()),
  /** Renames a collection, or a folder or request in it. */
  'collections.rename': command<void>()(z.object({ ...target, name: itemNameSchema }).strict()),
  /** Changes the connection, environment, variables or description of a collection or folder. */
  'collections.updateSettings': command<void>()(collectionSettingsSchema),
  /**
   * Moves an item: into `toParentId` (null: the top) of `toCollectionId` (default: the same one) at
   * `index` (default: the end), or just before or after another item (`nextTo`). A folder cannot go
   * into itself or one of its own folders.
   */
  'collections.move': command<void>()(
    z
      .object({
        collectionId: id,
        itemId: id,
        toCollectionId: id.optional(),
        toParentId: id.nullable().optional(),
        index: z.number().int().min(0).max(100_000).optional(),
        nextTo: z.object({ itemId: id, where: z.enum(['before', 'after']) }).strict().optional(),
      })
      .strict(),
  ),
  /** Puts the collections in this order (ids left out keep their order, after these). */
  'collections.reorder': command<void>()(z.object({ ids: z.array(id).max(10_000) }).strict()),
  /** Copies a collection, folder or request to just below itself, named "… copy". */
  'collections.duplicate': command<{ collectionId: string; itemId?: string }>()(z.object(target).strict()),
  /** Deletes a collection or an item; `collections.undoDelete` puts it back in the same place until `collections.forgetDeleted`. */
  'collections.delete': command<{ undoId: string; name: string }>()(z.object(target).strict()),
  /** Puts back what a delete took out, where it was. */
  'collections.undoDelete': command<{ collectionId: string; itemId?: string }>()(z.object({ undoId: undoIdSchema }).strict()),
  /** Forgets what a delete took out (its Undo message went away). */
  'collections.forgetDeleted': command<void>()(z.object({ undoId: undoIdSchema }).strict()),
  /** The collections and folders open in the sidebar (a collection id, or `<collectionId>/<folderId>`), as last left. */
  'collections.openFolders': command<string[]>()(z.object({}).strict()),
  /** Keeps which collections and folders are open, for the next start; answers the keys kept (those that exist). */
  'collections.setOpenFolders': command<string[]>()(z.object({ keys: z.array(z.string().max(200)).max(10_000) }).strict()),
  /**
   * Saves a request: over the saved request `itemId` (renaming it when `name` is given), or as a new
   * request named `name` in folder `parentId` (null: the top) of `collectionId`.
   */
  'collections.saveRequest': command<SavedRef>()(
    z
      .object({
        collectionId: id,
        itemId: id.optional(),
        parentId: id.nullable().optional(),
        name: itemNameSchema.optional(),
        request: requestSchema,
      })
      .strict(),
  ),
};

/** Events of the collections domain. */
export const collectionsEvents = {
  /** A collection was created, changed or removed (here or by another process such as the command line). */
  'collections.changed': event<{ ids: string[] }>(),
};
