/**
 * Tokens for every connection, in the main process's memory only. One cached token per connection,
 * reused until a margin before it expires; one request in flight per connection however many callers
 * wait (single flight); a 401 from an API drops the token and retries the call once.
 */
import { pastedTokenExpiredError, secretMissingError } from '../../../shared/auth/token-errors';
import { pastedToken, type IssuedToken } from '../../../shared/auth/token-response';
import { needsRenewal } from '../../../shared/auth/token-expiry';
import type { ClientAuth, ConnectionKind, ConnectionsEmit, TokenStatus, TokenTestOutcome } from '../../../shared/contract/connections';
import { ShorelineError, toAppError } from '../../../shared/errors';
import { connectionSecretKey } from '../keychain/secret-keys';
import type { SecretVault } from '../keychain/secret-vault';
import { exchangeClientCredentials, type ExchangeDependencies, type ProbeOtherWay } from './token-exchange';
import type { ClientCredentials } from './token-request';
import { tokenStatusOf } from './token-status';

/** What the token manager needs to know about a connection (a saved `Connection` fits). */
export interface TokenSource {
  id: string;
  name: string;
  kind: ConnectionKind;
  tokenUrl: string;
  clientId: string;
  clientAuth: ClientAuth;
  scope?: string;
}

/** Dependencies of {@link createTokenManager}; everything but `vault` and `lookup` has a default. */
export interface TokenManagerDependencies {
  vault: SecretVault;
  /** Finds a saved connection by id. */
  lookup: (connectionId: string) => TokenSource | undefined;
  fetch?: typeof fetch;
  /** Epoch milliseconds. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  emit?: ConnectionsEmit;
  /** Per token request; default 30 s. */
  timeoutMs?: number;
}

/** Something an API call answered: only its status matters here. */
export interface StatusCarrier {
  status: number;
}

/** The token manager's public face. */
export interface TokenManager {
  /** A valid access token for the connection, fetched or renewed when needed. */
  getToken(connectionId: string): Promise<string>;
  /** Calls `send(token)`; on a 401 drops the token, gets a new one and calls `send` once more (never more). */
  withToken<R extends StatusCarrier>(connectionId: string, send: (token: string) => Promise<R>): Promise<R>;
  /** Drops the cached token (only if it is still `token`, when given), so the next call renews it. */
  invalidate(connectionId: string, token?: string): void;
  /** Forgets everything about a connection (it was changed or deleted). */
  forget(connectionId: string): void;
  /** The decoded status of the connection's token, never the token. */
  status(connectionId: string): Promise<TokenStatus>;
  /** Gets a new token now (a pasted token is re-read, since it cannot be renewed). */
  renew(connectionId: string): Promise<TokenStatus>;
  /** The raw token, for the Copy button only. */
  copy(connectionId: string): Promise<string>;
  /** Gets a fresh token for a saved connection or unsaved credentials; reports instead of throwing. */
  test(target: { connectionId: string } | (ClientCredentials & { secret: string })): Promise<TokenTestOutcome>;
}

interface Slot {
  token?: IssuedToken;
  inflight?: Promise<IssuedToken>;
}

/** Creates the token manager. */
export function createTokenManager(deps: TokenManagerDependencies): TokenManager {
  const now = deps.now ?? Date.now;
  const exchange: ExchangeDependencies = {
    fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    timeoutMs: deps.timeoutMs ?? 30_000,
  };
  const slots = new Map<string, Slot>();

  const slotFor = (id: string): Slot => {
    let slot = slots.get(id);
    if (!slot) slots.set(id, (slot = {}));
    return slot;
  };
  const announce = (connectionId: string, thrown?: unknown) => {
    const status = tokenStatusOf(slots.get(connectionId)?.token, now());
    try {
      deps.emit?.('connections.tokenChanged', thrown === undefined ? { connectionId, status } : { connectionId, status, error: toAppError(thrown) });
    } catch {
      // a broken listener must not turn a good token into a failure
    }
  };
  const sourceOf = (id: string): TokenSource => {
    const source = deps.lookup(id);
    if (!source) throw new ShorelineError('not_found', 'This connection no longer exists.');
    return source;
  };

  async function fetchToken(source: TokenSource, probe: ProbeOtherWay): Promise<IssuedToken> {
    const secret = await deps.vault.get(connectionSecretKey(source.id));
    if (secret === undefined) throw secretMissingError(source.name);
    if (source.kind === 'pasted-token') {
      const token = pastedToken(secret, now());
      if (token.expiresAt !== undefined && now() >= token.expiresAt) throw pastedTokenExpiredError(token.expiresAt);
      return token;
    }
    return exchangeClientCredentials(source, secret, exchange, probe);
  }

  /** The cached token if still good, else the one request in flight, else a new request. */
  function current(id: string, force = false, probe: ProbeOtherWay = 'when-hinted'): Promise<IssuedToken> {
    const source = sourceOf(id);
    const slot = slotFor(id);
    const cached = slot.token;
    if (!force && cached) {
      const stale = source.kind === 'pasted-token' ? cached.expiresAt !== undefined && now() >= cached.expiresAt : needsRenewal(cached, now());
      if (!stale) return Promise.resolve(cached);
    }
    if (slot.inflight) return slot.inflight;
    const inflight = fetchToken(source, probe)
      .then(
        (token) => {
          if (slots.get(id) === slot) slot.token = token;
          announce(id);
          return token;
        },
        (thrown: unknown) => {
          announce(id, thrown);
          throw thrown;
        },
      )
      .finally(() => {
        if (slot.inflight === inflight) slot.inflight = undefined;
      });
    slot.inflight = inflight;
    return inflight;
  }

  const invalidate = (id: string, token?: string) => {
    const slot = slots.get(id);
    if (!slot?.token || (token !== undefined && slot.token.accessToken !== token)) return;
    slot.token = undefined;
    announce(id);
  };

  async function renew(id: string, probe: ProbeOtherWay = 'when-hinted'): Promise<TokenStatus> {
    if (sourceOf(id).kind === 'pasted-token') slots.delete(id);
    return tokenStatusOf(await current(id, true, probe), now());
  }

  return {
    getToken: async (id) => (await current(id)).accessToken,
    async withToken(id, send) {
      const first = await current(id);
      const response = await send(first.accessToken);
      if (response.status !== 401 || sourceOf(id).kind === 'pasted-token') return response;
      invalidate(id, first.accessToken);
      const second = await current(id);
      return send(second.accessToken);
    },
    invalidate,
    forget(id) {
      if (!slots.delete(id)) return;
      announce(id);
    },
    async status(id) {
      const source = sourceOf(id);
      const slot = slotFor(id);
      if (!slot.token && source.kind === 'pasted-token') {
        const secret = await deps.vault.get(connectionSecretKey(id));
        if (secret !== undefined) slot.token = pastedToken(secret, now());
      }
      return tokenStatusOf(slot.token, now());
    },
    renew: (id) => renew(id),
    copy: async (id) => (await current(id)).accessToken,
    async test(target) {
      try {
        // A test is where the user asks what is wrong: an invalid_client is always tried the other way too.
        if ('connectionId' in target) return { ok: true, status: await renew(target.connectionId, 'always') };
        const token = await exchangeClientCredentials(target, target.secret, exchange, 'always');
        return { ok: true, status: tokenStatusOf(token, now()) };
      } catch (thrown) {
        return { ok: false, error: toAppError(thrown) };
      }
    },
  };
}
