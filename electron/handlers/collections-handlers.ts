/** Handlers of the `collections.*` commands: thin, the service does the work. */
import type { collectionsCommands } from '../../shared/contract/collections';
import type { DomainHandlers } from '../../shared/contract/define';
import type { CollectionsService } from '../services/collections/collections-service';
import type { OpenFoldersService } from '../services/collections/open-folders';

/** The `collections.*` part of the handler table. */
export function collectionsHandlers({ collections, openFolders }: { collections: CollectionsService; openFolders: OpenFoldersService }): DomainHandlers<typeof collectionsCommands> {
  return {
    'collections.list': async () => collections.list(),
    'collections.get': async ({ id }) => collections.get(id),
    'collections.getRequest': async ({ collectionId, itemId }) => collections.getRequest(collectionId, itemId),
    'collections.create': async ({ name }) => collections.create(name),
    'collections.addFolder': async ({ collectionId, parentId, name }) => collections.addFolder(collectionId, parentId, name),
    'collections.rename': async ({ collectionId, itemId, name }) => collections.rename(collectionId, itemId, name),
    'collections.updateSettings': async (input) => collections.updateSettings(input),
    'collections.move': async (input) => collections.move(input),
    'collections.reorder': async ({ ids }) => collections.reorder(ids),
    'collections.duplicate': async ({ collectionId, itemId }) => collections.duplicate(collectionId, itemId),
    'collections.delete': async ({ collectionId, itemId }) => collections.delete(collectionId, itemId),
    'collections.undoDelete': async ({ undoId }) => collections.undoDelete(undoId),
    'collections.forgetDeleted': async ({ undoId }) => collections.forgetDeleted(undoId),
    'collections.saveRequest': async (input) => collections.saveRequest(input),
    'collections.openFolders': async () => openFolders.get(),
    'collections.setOpenFolders': async ({ keys }) => openFolders.set(keys),
  };
}
