/**
 * Postman collections in and out (C5). An import is saved as a new collection with its secrets
 * withheld: their values stay in this process's memory only, so accepting the connection offer can
 * put the client secret in the keychain without the user typing it again. Nothing secret is ever
 * written to the collection, a report, an export or an error.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Connection } from '../../../shared/contract/connections';
import { addConnectionSchema } from '../../../shared/contract/connections';
import type { AcceptConnectionOfferInput, AcceptedOffer, PostmanExport, PostmanImportOutcome } from '../../../shared/contract/postman';
import { acceptConnectionOfferSchema, maxPostmanFileChars } from '../../../shared/contract/postman';
import { ShorelineError } from '../../../shared/errors';
import type { Collection, CollectionItem } from '../../../shared/model/collection';
import { exportPostmanCollectionText, importPostmanCollection, importReportJson } from '../../../shared/postman/index';
import type { ConnectionOffer } from '../../../shared/postman/index';
import type { CollectionsService } from '../collections/collections-service';
import type { AddConnectionInput } from '../connections/connections-service';

/** What the Postman service needs. */
export interface PostmanServiceDependencies {
  collections: CollectionsService;
  /** Creates a connection, its secret into the keychain. */
  addConnection: (input: AddConnectionInput) => Promise<Connection>;
}

/** Import, offer acceptance and export of Postman collections. */
export interface PostmanService {
  /** Imports a Postman file (its text, or a path to read) as a new collection at the end of the list. */
  importFile(input: { text?: string | undefined; path?: string | undefined; fileName?: string | undefined }): Promise<PostmanImportOutcome>;
  /** Creates the offered connection and sets the auth of the offer's collection, folders and requests to it. */
  acceptOffer(input: AcceptConnectionOfferInput): Promise<AcceptedOffer>;
  /** The collection as a Postman v2.1 file. */
  exportFile(collectionId: string): PostmanExport;
}

/** A file name from a collection name: no path separators or characters Windows refuses. */
export function exportFileName(name: string): string {
  const safe = [...name].map((c) => (c < ' ' || '<>:"/\\|?*'.includes(c) ? '-' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 150);
  return `${safe === '' ? 'collection' : safe}.postman_collection.json`;
}

/** Reads a file given by path, with a message in words when it cannot be. */
async function readText(path: string): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    if (text.length > maxPostmanFileChars) throw new ShorelineError('too_large', `${basename(path)} is larger than 64 MB, more than Shoreline imports.`);
    return text;
  } catch (error) {
    if (error instanceof ShorelineError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'Shoreline may not read it' : 'it could not be read';
    throw new ShorelineError('invalid_input', `Cannot import ${path}: ${why}.`);
  }
}

/** `item` and its folders with `change` applied to every item whose id is in `ids`. */
function mapItems(items: readonly CollectionItem[], ids: ReadonlySet<string>, change: (item: CollectionItem) => CollectionItem): CollectionItem[] {
  return items.map((item) => {
    const inner = item.kind === 'folder' ? { ...item, items: mapItems(item.items, ids, change) } : item;
    return ids.has(item.id) ? change(inner) : inner;
  });
}

/** Creates the Postman service. */
export function createPostmanService(deps: PostmanServiceDependencies): PostmanService {
  /** Client secrets from imported files, by collection id: memory only, until accepted or Shoreline quits. */
  const fileSecrets = new Map<string, string>();

  return {
    async importFile({ text, path, fileName }) {
      const contents = text ?? (path === undefined ? undefined : await readText(path));
      if (contents === undefined) throw new ShorelineError('invalid_input', 'Give either the file contents or its path.');
      const imported = importPostmanCollection(contents, { fileName: fileName ?? (path === undefined ? undefined : basename(path)) });
      if (!imported.ok) throw new ShorelineError(imported.error.code, imported.error.message);
      const { collection, report, withheld, hints } = imported.value;
      const { id: importedId, createdAt: _c, updatedAt: _u, ...fields } = collection;
      void _c;
      void _u;
      const saved = deps.collections.add(fields);
      const offer: ConnectionOffer | null = report.connectionOffer && {
        ...report.connectionOffer,
        applyTo: report.connectionOffer.applyTo.map((id) => (id === importedId ? saved.id : id)),
      };
      const secret = offer?.secretName ? withheld.find((w) => w.name === offer.secretName)?.value : undefined;
      if (secret) fileSecrets.set(saved.id, secret);
      const json = importReportJson({ ...imported.value, collection: { ...collection, id: saved.id } });
      return { collectionId: saved.id, name: saved.name, report: json, offer, hints, offerHasFileSecret: secret !== undefined };
    },

    async acceptOffer(raw) {
      const input = acceptConnectionOfferSchema.parse(raw);
      const collection = deps.collections.get(input.collectionId);
      const secret = input.secret ?? fileSecrets.get(input.collectionId);
      if (secret === undefined) throw new ShorelineError('invalid_input', 'Enter the client secret: the file did not hold one, and Shoreline keeps it only in the keychain.');
      const checked = addConnectionSchema.safeParse({
        kind: 'client-credentials',
        name: input.name ?? collection.name.slice(0, 100),
        tokenUrl: input.tokenUrl,
        clientId: input.clientId,
        clientAuth: input.clientAuth,
        ...(input.scope !== undefined && { scope: input.scope }),
        secret,
      });
      if (!checked.success) throw new ShorelineError('invalid_input', checked.error.issues[0]?.message ?? 'The connection is not complete.');
      if (checked.data.kind !== 'client-credentials') throw new ShorelineError('internal', 'Not a client-credentials connection.');
      const connection = await deps.addConnection(checked.data);
      const applyTo = new Set(input.applyTo);
      const handled = new Set(input.tokenRequests);
      const auth = { kind: 'connection' as const, connectionId: connection.id };
      let applied = 0;
      let marked = 0;
      deps.collections.update(input.collectionId, (current: Collection) => {
        applied = applyTo.has(current.id) ? 1 : 0;
        marked = 0;
        const withAuth = mapItems(current.items, applyTo, (item) => {
          applied++;
          return item.kind === 'folder' ? { ...item, auth } : { ...item, request: { ...item.request, auth } };
        });
        const items = mapItems(withAuth, handled, (item) => {
          if (item.kind !== 'request') return item;
          marked++;
          return { ...item, handledByConnection: true };
        });
        return { ...current, ...(applyTo.has(current.id) && { auth }), items };
      });
      fileSecrets.delete(input.collectionId);
      return { connectionId: connection.id, connectionName: connection.name, applied, tokenRequests: marked };
    },

    exportFile(collectionId) {
      const collection = deps.collections.get(collectionId);
      return { fileName: exportFileName(collection.name), text: exportPostmanCollectionText(collection) };
    },
  };
}
