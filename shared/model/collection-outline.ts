/**
 * A collection as the sidebar draws it: names, methods, addresses and the settings that are
 * inherited, but not the requests' parameters and bodies (a collection may hold thousands of them,
 * each with a body). The outline is also what `resolveScope` walks in the window, and what the
 * explorer's search looks through for saved requests.
 */
import type { Collection, CollectionItem } from './collection';
import type { HttpMethod, OperationLink, RequestAuth, RequestRow } from './request';
import { addressLine } from './request-url';

/** The settings a collection or folder shows and passes down. */
interface OutlineScope {
  id: string;
  name: string;
  auth: RequestAuth;
  environmentId?: string | undefined;
  variables: RequestRow[];
  description?: string | undefined;
}

/** A folder in an outline. */
export interface OutlineFolder extends OutlineScope {
  kind: 'folder';
  items: OutlineItem[];
}

/** A request in an outline. */
export interface OutlineRequest {
  kind: 'request';
  id: string;
  name: string;
  method: HttpMethod;
  /** The address line with its ticked query (`{{baseUrl}}/api/v1/volumes?limit=10`). */
  url: string;
  operation?: OperationLink;
  handledByConnection?: boolean;
}

/** A folder or request in an outline. */
export type OutlineItem = OutlineFolder | OutlineRequest;

/** A collection as the sidebar draws it. */
export interface CollectionOutline extends OutlineScope {
  items: OutlineItem[];
  origin: Collection['origin'];
  /** Requests at any depth. */
  requestCount: number;
  /** Why this collection cannot be changed now (its file is from a newer Shoreline, or unreadable), in words. */
  readOnlyReason?: string;
}

function outlineItem(item: CollectionItem): OutlineItem {
  if (item.kind === 'request') {
    return {
      kind: 'request',
      id: item.id,
      name: item.name,
      method: item.request.method,
      url: addressLine(item.request),
      ...(item.request.operation && { operation: item.request.operation }),
      ...(item.handledByConnection && { handledByConnection: true }),
    };
  }
  return {
    kind: 'folder',
    id: item.id,
    name: item.name,
    auth: item.auth,
    variables: item.variables,
    ...(item.environmentId !== undefined && { environmentId: item.environmentId }),
    ...(item.description !== undefined && { description: item.description }),
    items: item.items.map(outlineItem),
  };
}

/** The outline of a collection. */
export function outlineOf(collection: Collection, readOnlyReason?: string): CollectionOutline {
  const items = collection.items.map(outlineItem);
  let requestCount = 0;
  const count = (list: OutlineItem[]) => list.forEach((i) => (i.kind === 'request' ? (requestCount += 1) : count(i.items)));
  count(items);
  return {
    id: collection.id,
    name: collection.name,
    auth: collection.auth,
    variables: collection.variables,
    ...(collection.environmentId !== undefined && { environmentId: collection.environmentId }),
    ...(collection.description !== undefined && { description: collection.description }),
    origin: collection.origin,
    items,
    requestCount,
    ...(readOnlyReason !== undefined && { readOnlyReason }),
  };
}

/** A saved request found by {@link searchSaved}. */
export interface SavedMatch {
  collectionId: string;
  collectionName: string;
  /** Folder names from the collection down. */
  path: string[];
  request: OutlineRequest;
}

/** Saved requests whose name or address contains every word of `query` (case-insensitive), in tree order. */
export function searchSaved(collections: readonly CollectionOutline[], query: string, limit = 50): SavedMatch[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found: SavedMatch[] = [];
  const walk = (collection: CollectionOutline, items: readonly OutlineItem[], path: string[]) => {
    for (const item of items) {
      if (found.length >= limit) return;
      if (item.kind === 'folder') walk(collection, item.items, [...path, item.name]);
      else {
        const text = `${item.name} ${item.method} ${item.url}`.toLocaleLowerCase();
        if (words.every((w) => text.includes(w))) found.push({ collectionId: collection.id, collectionName: collection.name, path, request: item });
      }
    }
  };
  for (const collection of collections) walk(collection, collection.items, []);
  return found;
}
