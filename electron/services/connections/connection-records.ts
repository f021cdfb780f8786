/**
 * The `connections` document: connection metadata only. A secret never enters this file; it lives in
 * the keychain under `connection:<id>`. Version 1 (Shoreline 0.2) wrapped 0.1's `{ connections }` in
 * the store's envelope; records an older file lacks fields of get 0.1's defaults, and records that
 * are not connections at all are left out (and reported) instead of stopping the app.
 */
import { z } from 'zod';
import { connectionSchema, type Connection } from '../../../shared/contract/connections';
import type { DocumentDefinition, DocumentStore } from '../store/document-store';
import { count, readableRecords } from '../store/salvage';

/** The persisted document. */
export interface ConnectionsDocument {
  connections: Connection[];
}

/** The `connections.json` document. */
export const connectionsDocument: DocumentDefinition<ConnectionsDocument> = {
  file: 'connections.json',
  label: 'your connections',
  schema: z.object({ connections: z.array(connectionSchema) }),
  migrations: [(v0) => v0],
  defaults: () => ({ connections: [] }),
  salvage(data) {
    const found = readableRecords((data as { connections?: unknown } | null)?.connections, connectionSchema);
    return found && { value: { connections: found.kept }, lost: count(found.lost, ['connection', 'connections']) };
  },
};

/** Reads and writes connection metadata. */
export interface ConnectionRecords {
  list(): Connection[];
  find(id: string): Connection | undefined;
  /** Adds or replaces the record with the same id. */
  put(record: Connection): void;
  remove(id: string): void;
  /** The document's path, for tests and messages. */
  readonly path: string;
}

/** Opens the `connections` document in `store`. */
export function openConnectionRecords(store: DocumentStore): ConnectionRecords {
  const document = store.open(connectionsDocument);
  // When the file cannot be read (so must not be written), built-in connections live in memory only,
  // so the Sandbox still works while the user's own connections stay as they are on disk.
  const builtIns = new Map<string, Connection>();
  const all = () => [...document.get().connections.filter((c) => !builtIns.has(c.id)), ...builtIns.values()];
  return {
    path: document.path,
    list: all,
    find: (id) => all().find((c) => c.id === id),
    put(record) {
      if (record.builtIn && document.readOnlyReason) {
        builtIns.set(record.id, record);
        return;
      }
      document.update(({ connections }) => {
        const at = connections.findIndex((c) => c.id === record.id);
        return { connections: at >= 0 ? connections.map((c, i) => (i === at ? record : c)) : [...connections, record] };
      });
    },
    remove(id) {
      document.update(({ connections }) => ({ connections: connections.filter((c) => c.id !== id) }));
    },
  };
}
