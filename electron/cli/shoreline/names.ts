/**
 * How the command line names things. A collection path is the collection's name, then folder names
 * (and for watch a request's), separated by "/"; a "/" inside a name is written "\/". Each segment
 * matches a name exactly, else case-insensitively when only one matches, else an id (c-…, f-…,
 * p-…), so items that share a name can still be named. Environments and connections are named the
 * same way, by name or id.
 */
import type { Collection, CollectionItem } from '../../../shared/model/collection';
import { UsageError } from './args';

/** Splits `Tour/Storage\/Arrays/List` into `['Tour', 'Storage/Arrays', 'List']`. */
export function splitPath(path: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && path[i + 1] === '/') {
      current += '/';
      i++;
    } else if (c === '/') {
      segments.push(current);
      current = '';
    } else current += c;
  }
  segments.push(current);
  return segments.map((s) => s.trim());
}

/** A name as a path segment: "/" escaped. */
export function segmentOf(name: string): string {
  return name.replace(/\//g, '\\/');
}

/** The one thing among `candidates` named `wanted` (exact name, then any case, then id), or a usage error in words. */
export function pickByName<T extends { id: string; name: string }>(candidates: readonly T[], wanted: string, what: string, where: string, command: string, whats = `${what}s`): T {
  const exact = candidates.filter((c) => c.name === wanted);
  const loose = exact.length > 0 ? exact : candidates.filter((c) => c.name.toLowerCase() === wanted.toLowerCase());
  if (loose.length === 1) return loose[0]!;
  const byId = candidates.find((c) => c.id === wanted);
  if (byId) return byId;
  if (loose.length > 1) {
    throw new UsageError(`${loose.length} ${whats} ${where} are named “${wanted}”. Name the one you mean by its id: ${loose.map((c) => c.id).join(', ')}.`, command);
  }
  const names = candidates.map((c) => `“${c.name}”`);
  const known = names.length === 0 ? `There are no ${whats} ${where}.` : `${whats.charAt(0).toUpperCase()}${whats.slice(1)} ${where}: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ` and ${names.length - 12} more` : ''}.`;
  throw new UsageError(`No ${what} ${where} is named “${wanted}”. ${known}`, command);
}

/** Where a collection path leads: the collection, and the folder or request inside it (none: the whole collection). */
export interface CollectionTarget {
  collection: Collection;
  item?: CollectionItem;
  /** The names walked, for messages. */
  label: string;
}

/** Resolves `Collection/Folder/…` among `collections`. */
export function findTarget(collections: readonly Collection[], path: string, command: string): CollectionTarget {
  const [first, ...rest] = splitPath(path);
  if (!first) throw new UsageError('Name a collection (run “shoreline list collections” to see them).', command);
  const collection = pickByName(collections, first, 'collection', 'here', command);
  let items: readonly CollectionItem[] = collection.items;
  let item: CollectionItem | undefined;
  const walked = [collection.name];
  for (const segment of rest) {
    if (segment === '') continue;
    if (item && item.kind !== 'folder') throw new UsageError(`“${walked.join(' › ')}” is a request, so nothing is inside it.`, command);
    item = pickByName(items, segment, 'folder or request', `in “${walked.join(' › ')}”`, command, 'folders and requests');
    walked.push(item.name);
    items = item.kind === 'folder' ? item.items : [];
  }
  return { collection, ...(item && { item }), label: walked.join(' › ') };
}
