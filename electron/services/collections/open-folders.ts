/**
 * Which collections and folders are open in the sidebar (`collections/_open.json`), so the tree looks the
 * same after a restart, as Postman's and Insomnia's do. Keys are a collection id, or `<collectionId>/<folderId>`.
 */
import { z } from 'zod';
import type { CollectionOutline, OutlineItem } from '../../../shared/model/collection-outline';
import type { DocumentDefinition, DocumentStore } from '../store/document-store';
import { collectionsFolder } from './collection-documents';
import type { CollectionsService } from './collections-service';

/** At most this many keys are kept: more open folders than that is not a tree anyone reads. */
const maxKeys = 10_000;

/** `collections/_open.json` (its name starts with `_`, which no collection id can). */
export const openFoldersDocument: DocumentDefinition<{ keys: string[] }> = {
  file: `${collectionsFolder}/_open.json`,
  label: 'which collections and folders are open',
  schema: z.object({ keys: z.array(z.string().max(200)).max(maxKeys).default([]) }).strict() as z.ZodType<{ keys: string[] }>,
  migrations: [(v0) => v0],
  defaults: () => ({ keys: [] }),
};

/** The open rows of the collections tree. */
export interface OpenFoldersService {
  /** The keys kept, without those of collections and folders deleted since. */
  get(): string[];
  /** Keeps `keys` (those of collections and folders that exist); answers what was kept. */
  set(keys: readonly string[]): string[];
}

/** Every key a collection's tree can open: the collection's own and each folder's, at any depth. */
function keysOf(collection: CollectionOutline): string[] {
  const keys = [collection.id];
  const walk = (items: readonly OutlineItem[]) => {
    for (const item of items) {
      if (item.kind !== 'folder') continue;
      keys.push(`${collection.id}/${item.id}`);
      walk(item.items);
    }
  };
  walk(collection.items);
  return keys;
}

/** Creates the open-folders service over the collections that exist now. */
export function createOpenFoldersService(deps: { stores: DocumentStore; collections: Pick<CollectionsService, 'list'> }): OpenFoldersService {
  const document = deps.stores.open(openFoldersDocument);
  const existing = (keys: readonly string[]) => {
    const known = new Set(deps.collections.list().collections.flatMap(keysOf));
    return [...new Set(keys)].filter((key) => known.has(key)).slice(0, maxKeys);
  };
  return {
    get: () => existing(document.get().keys),
    set(keys) {
      const kept = existing(keys);
      // A read-only folder (a newer Shoreline's, or unreadable) keeps the tree open for this session only.
      if (document.readOnlyReason === undefined) document.set({ keys: kept });
      return kept;
    },
  };
}
