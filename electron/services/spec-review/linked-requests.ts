/** Every saved request linked to one spec, across all collections, in the collections' order. */
import type { CollectionItem } from '../../../shared/model/collection';
import type { LinkedRequest } from '../../../shared/spec-review/review';
import type { CollectionsService } from '../collections/collections-service';

/** The saved requests whose operation link names `specId`. */
export function linkedRequests(collections: Pick<CollectionsService, 'list' | 'get'>, specId: string): LinkedRequest[] {
  const found: LinkedRequest[] = [];
  for (const outline of collections.list().collections) {
    const collection = collections.get(outline.id);
    const walk = (items: readonly CollectionItem[]) => {
      for (const item of items) {
        if (item.kind === 'folder') walk(item.items);
        else if (item.request.operation?.specId === specId) {
          found.push({ collectionId: collection.id, collectionName: collection.name, itemId: item.id, name: item.name, operationKey: item.request.operation.operationKey });
        }
      }
    };
    walk(collection.items);
  }
  return found;
}
