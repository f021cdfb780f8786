/**
 * Connections: metadata in the `connections` document, secrets in the keychain only. Every change
 * writes the keychain first, so a locked keychain leaves nothing half-saved, and no secret is ever
 * returned to a caller.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { cleanPastedToken, decodeJwt } from '../../../shared/auth/jwt';
import { pastedTokenExpiredError } from '../../../shared/auth/token-errors';
import { pastedToken } from '../../../shared/auth/token-response';
import type {
  addConnectionSchema,
  ClientAuth,
  Connection,
  ConnectionsEmit,
  EnvOffer,
  updateConnectionSchema,
} from '../../../shared/contract/connections';
import { ShorelineError } from '../../../shared/errors';
import { connectionSecretKey } from '../keychain/secret-keys';
import type { SecretVault } from '../keychain/secret-vault';
import type { DocumentStore } from '../store/document-store';
import type { TokenManager } from '../tokens/token-manager';
import { openConnectionRecords } from './connection-records';
import { envOfferOf, readEnvCredentials } from './env-offer';

/** Input of {@link ConnectionsService.add}. */
export type AddConnectionInput = z.output<typeof addConnectionSchema>;
/** Input of {@link ConnectionsService.update}. */
export type UpdateConnectionInput = z.output<typeof updateConnectionSchema>;
/** Input of {@link ConnectionsService.acceptEnvOffer}. */
export interface AcceptEnvOfferInput {
  name: string;
  tokenUrl: string;
  clientAuth: ClientAuth;
  scope?: string;
}
/** A connection built into the app (the Sandbox); its secret is provided by the app, not typed. */
export type BuiltInConnection = Pick<Connection, 'id' | 'name' | 'tokenUrl' | 'clientId' | 'clientAuth' | 'scope'>;

/** Dependencies of {@link createConnectionsService}. */
export interface ConnectionsServiceDependencies {
  stores: DocumentStore;
  vault: SecretVault;
  /** Told to drop a connection's token when its credentials change or it is deleted. */
  tokens: Pick<TokenManager, 'forget'>;
  /** The process environment, for the `CLIENTID`/`CLIENTSECRET` offer. */
  env?: Readonly<Record<string, string | undefined>>;
  emit?: ConnectionsEmit;
  /** Epoch milliseconds. */
  now?: () => number;
  newId?: () => string;
  /** Called after a connection is deleted (environments unlink it). */
  onDeleted?: (connectionId: string) => void;
}

/** The connections service's public face. */
export interface ConnectionsService {
  list(): Connection[];
  /** The connection, or `not_found`. */
  get(id: string): Connection;
  /** The connection, or undefined (the token manager's lookup). */
  find(id: string): Connection | undefined;
  add(input: AddConnectionInput): Promise<Connection>;
  update(input: UpdateConnectionInput): Promise<Connection>;
  duplicate(id: string, name?: string): Promise<Connection>;
  delete(id: string): Promise<void>;
  envOffer(): EnvOffer | null;
  acceptEnvOffer(input: AcceptEnvOfferInput): Promise<Connection>;
  /** Adds or refreshes a built-in connection (metadata only). */
  ensureBuiltIn(connection: BuiltInConnection): Connection;
}

/** Creates the connections service. */
export function createConnectionsService(deps: ConnectionsServiceDependencies): ConnectionsService {
  const records = openConnectionRecords(deps.stores);
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? randomUUID;
  const changed = () => deps.emit?.('connections.changed', { connections: records.list() });

  const get = (id: string): Connection => {
    const found = records.find(id);
    if (!found) throw new ShorelineError('not_found', 'This connection no longer exists.');
    return found;
  };
  const editable = (id: string): Connection => {
    const found = get(id);
    if (found.builtIn) {
      throw new ShorelineError('read_only', `"${found.name}" is built into Shoreline and cannot be changed. Duplicate it to make your own copy.`);
    }
    return found;
  };

  /** A pasted token, cleaned of "Bearer " and quotes, refused when it has already expired. */
  const acceptablePastedToken = (text: string): string => {
    const token = cleanPastedToken(text);
    if (!token) throw new ShorelineError('invalid_input', 'Paste the access token.');
    const { expiresAt } = pastedToken(token, now());
    if (expiresAt !== undefined && expiresAt <= now()) throw pastedTokenExpiredError(expiresAt);
    return token;
  };

  /** Writes the secret, then the record; if the record cannot be written, the new secret is removed again. */
  async function save(record: Connection, secret: string | undefined, isNew: boolean): Promise<Connection> {
    const key = connectionSecretKey(record.id);
    if (secret !== undefined) await deps.vault.set(key, secret);
    try {
      records.put(record);
    } catch (thrown) {
      if (isNew && secret !== undefined) await deps.vault.delete(key).catch(() => undefined);
      throw thrown;
    }
    changed();
    return record;
  }

  async function add(input: AddConnectionInput): Promise<Connection> {
    const base = { id: newId(), name: input.name, builtIn: false, hasSecret: true, createdAt: new Date(now()).toISOString() };
    if (input.kind === 'pasted-token') {
      const token = acceptablePastedToken(input.secret);
      const clientId = decodeJwt(token)?.claims.client_id;
      const record: Connection = { ...base, kind: 'pasted-token', tokenUrl: '', clientId: typeof clientId === 'string' ? clientId : '', clientAuth: 'body' };
      return save(record, token, true);
    }
    const record: Connection = {
      ...base,
      kind: 'client-credentials',
      tokenUrl: input.tokenUrl,
      clientId: input.clientId,
      clientAuth: input.clientAuth,
      ...(input.scope && { scope: input.scope }),
    };
    return save(record, input.secret, true);
  }

  return {
    list: () => records.list(),
    get,
    find: (id) => records.find(id),
    add,

    async update(input) {
      const current = editable(input.id);
      const credentialFields = [input.tokenUrl, input.clientId, input.clientAuth, input.scope].some((v) => v !== undefined);
      if (current.kind === 'pasted-token' && credentialFields) {
        throw new ShorelineError('invalid_input', 'A pasted-token connection has no token URL, client ID or scope. Paste a new token instead.');
      }
      const secret = input.secret === undefined ? undefined : current.kind === 'pasted-token' ? acceptablePastedToken(input.secret) : input.secret;
      const next: Connection = {
        ...current,
        ...(input.name !== undefined && { name: input.name }),
        ...(input.tokenUrl !== undefined && { tokenUrl: input.tokenUrl }),
        ...(input.clientId !== undefined && { clientId: input.clientId }),
        ...(input.clientAuth !== undefined && { clientAuth: input.clientAuth }),
        ...(secret !== undefined && { hasSecret: true }),
      };
      if (input.scope === null || input.scope === '') delete next.scope;
      else if (input.scope !== undefined) next.scope = input.scope;
      if (secret !== undefined && current.kind === 'pasted-token') {
        const clientId = decodeJwt(secret)?.claims.client_id;
        next.clientId = typeof clientId === 'string' ? clientId : '';
      }
      const saved = await save(next, secret, false);
      if (credentialFields || secret !== undefined) deps.tokens.forget(saved.id);
      return saved;
    },

    async duplicate(id, name) {
      const source = get(id);
      const secret = source.hasSecret ? await deps.vault.get(connectionSecretKey(id)) : undefined;
      const taken = new Set(records.list().map((c) => c.name));
      let copyName = name ?? `${source.name} (copy)`;
      for (let n = 2; !name && taken.has(copyName); n++) copyName = `${source.name} (copy ${n})`;
      const copy: Connection = {
        ...source,
        id: newId(),
        name: copyName,
        builtIn: false,
        hasSecret: secret !== undefined,
        createdAt: new Date(now()).toISOString(),
      };
      return save(copy, secret, true);
    },

    async delete(id) {
      editable(id);
      // The keychain entry goes first: if the keychain is locked the connection stays, rather than
      // leaving an orphaned secret nobody can see or remove.
      await deps.vault.delete(connectionSecretKey(id));
      records.remove(id);
      deps.tokens.forget(id);
      deps.onDeleted?.(id);
      changed();
    },

    envOffer() {
      const offer = envOfferOf(deps.env ?? {});
      if (!offer) return null;
      // Built-in connections do not count: the offer is about the user's own connection.
      return records.list().some((c) => !c.builtIn && c.clientId === offer.clientId) ? null : offer;
    },

    async acceptEnvOffer(input) {
      const found = readEnvCredentials(deps.env ?? {});
      if (!found) throw new ShorelineError('not_found', 'No CLIENTID and CLIENTSECRET were found in the environment Shoreline was started from.');
      return add({ kind: 'client-credentials', ...input, clientId: found.clientId, secret: found.secret });
    },

    ensureBuiltIn(connection) {
      const existing = records.find(connection.id);
      const record: Connection = {
        ...connection,
        kind: 'client-credentials',
        builtIn: true,
        hasSecret: true,
        createdAt: existing?.createdAt ?? new Date(now()).toISOString(),
      };
      records.put(record);
      deps.tokens.forget(record.id);
      changed();
      return record;
    },
  };
}
