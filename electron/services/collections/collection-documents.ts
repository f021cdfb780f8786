/**
 * Where collections live, all through the store: `collections/<id>.json` holds one collection (so a
 * damaged file costs that collection only, and the command line can add one without touching the
 * others), `collections/_order.json` the order of the list, and `globals.json` the global variables.
 */
import { z } from 'zod';
import { collectionIdSchema, collectionItemSchema, collectionSchema, globalsSchema, type Collection, type Globals } from '../../../shared/model/collection';
import type { DocumentDefinition } from '../store/document-store';
import { count } from '../store/salvage';

/** The folder of collection documents. */
export const collectionsFolder = 'collections';

/** The file name of a collection document (`c-3f9a1c2b.json`); the order file starts with `_`, which no id can. */
const documentName = /^([a-z0-9][a-z0-9-]{0,63})\.json$/;

/** The collection id a file in the folder holds, or undefined for anything else (the order, temp and damaged files). */
export function collectionIdOfFile(name: string): string | undefined {
  const match = documentName.exec(name);
  return match && collectionIdSchema.safeParse(match[1]).success ? match[1] : undefined;
}

/**
 * Keeps the readable items of a collection whose file the schema refused as a whole (a request an
 * older or hand-edited file got wrong): each item is checked on its own, at every depth.
 */
export function salvageCollection(data: unknown): { value: Collection; lost: string } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  let lost = 0;
  const keep = (items: unknown): unknown[] => {
    if (!Array.isArray(items)) return [];
    const kept: unknown[] = [];
    for (const raw of items) {
      if (collectionItemSchema.safeParse(raw).success) kept.push(raw);
      else if (typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind === 'folder') {
        const folder = { ...(raw as Record<string, unknown>) };
        folder.items = keep(folder.items);
        if (collectionItemSchema.safeParse(folder).success) kept.push(folder);
        else lost += 1 + countItemsIn(folder.items);
      } else lost += 1;
    }
    return kept;
  };
  const top = { ...(data as Record<string, unknown>) };
  top.items = keep(top.items);
  const parsed = collectionSchema.safeParse(top);
  if (!parsed.success || lost === 0) return undefined;
  return { value: parsed.data, lost: count(lost, ['item', 'items']) };
}

function countItemsIn(items: unknown): number {
  return Array.isArray(items) ? items.reduce<number>((sum, item) => sum + 1 + countItemsIn((item as { items?: unknown } | null)?.items), 0) : 0;
}

/** `collections/<id>.json`: damage is worded by the collections service ("every other collection opened"). */
export function collectionDocument(id: string): DocumentDefinition<Collection | undefined> {
  return {
    file: `${collectionsFolder}/${id}.json`,
    label: 'a collection',
    schema: collectionSchema.optional() as z.ZodType<Collection | undefined>,
    migrations: [(v0) => v0],
    defaults: () => undefined,
    salvage: (data) => salvageCollection(data),
    quiet: true,
  };
}

/** The order of the collections list. */
export interface CollectionsOrder {
  order: string[];
}

/** `collections/_order.json`. */
export const collectionsOrderDocument: DocumentDefinition<CollectionsOrder> = {
  file: `${collectionsFolder}/_order.json`,
  label: 'the order of your collections',
  schema: z.object({ order: z.array(collectionIdSchema).max(10_000).default([]) }).strict() as z.ZodType<CollectionsOrder>,
  migrations: [(v0) => v0],
  defaults: () => ({ order: [] }),
};

/** `globals.json`. */
export const globalsDocument: DocumentDefinition<Globals> = {
  file: 'globals.json',
  label: 'your global variables',
  schema: globalsSchema as z.ZodType<Globals>,
  migrations: [(v0) => v0],
  defaults: () => ({ variables: [] }),
};
