/**
 * The `connections` store document: connection metadata only. A secret never enters this file; it
 * lives in the keychain under `connection:<id>`. Records read back are checked, so a hand-edited or
 * damaged entry is skipped rather than crashing the app.
 */
import type { ClientAuth, Connection, ConnectionKind } from '../../../shared/contract/connections';
import type { StoreOpener } from '../store/json-store';

/** The persisted document. */
export interface ConnectionsDocument {
  connections: Connection[];
}

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

const kinds: readonly ConnectionKind[] = ['client-credentials', 'pasted-token'];
const clientAuths: readonly ClientAuth[] = ['body', 'basic'];

/** The record if `raw` has the shape of one, else undefined. Only known fields are kept. */
export function readRecord(raw: unknown): Connection | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const id = text(r.id);
  const name = text(r.name);
  const kind = kinds.find((k) => k === r.kind);
  if (!id || !name || !kind) return undefined;
  const scope = text(r.scope);
  return {
    id,
    name,
    kind,
    tokenUrl: text(r.tokenUrl) ?? '',
    clientId: text(r.clientId) ?? '',
    clientAuth: clientAuths.find((a) => a === r.clientAuth) ?? 'body',
    ...(scope && { scope }),
    builtIn: r.builtIn === true,
    hasSecret: r.hasSecret !== false,
    createdAt: text(r.createdAt) ?? new Date(0).toISOString(),
  };
}

/** Opens the `connections` document through `stores`. */
export function openConnectionRecords(stores: StoreOpener): ConnectionRecords {
  const store = stores.open<ConnectionsDocument>('connections', { connections: [] });
  const list = (): Connection[] => {
    const raw = store.get().connections;
    return Array.isArray(raw) ? raw.flatMap((r) => readRecord(r) ?? []) : [];
  };
  return {
    path: store.path,
    list,
    find: (id) => list().find((c) => c.id === id),
    put(record) {
      const all = list();
      const at = all.findIndex((c) => c.id === record.id);
      if (at >= 0) all[at] = record;
      else all.push(record);
      store.set({ connections: all });
    },
    remove(id) {
      store.set({ connections: list().filter((c) => c.id !== id) });
    },
  };
}
