/**
 * One connection's token status (decoded, never the token), kept live by `connections.tokenChanged`,
 * with a `renew` that fetches a fresh token. Used by the header chip and the token panel alike.
 */
import { useCallback, useState } from 'react';
import type { TokenStatus } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { useHostQuery } from '../../host/use-host-query';

/** What {@link useTokenStatus} gives. */
export interface TokenState {
  /** Undefined while loading or without a connection. */
  status: TokenStatus | undefined;
  /** Why the last attempt to get a token failed, if it did. */
  error: AppError | undefined;
  /** A token is being fetched now. */
  busy: boolean;
  /** Drops the cached token and gets a new one; resolves when done (errors land in `error`). */
  renew: () => Promise<void>;
}

/** The token of `connectionId` (undefined: no connection). */
export function useTokenStatus(connectionId: string | undefined): TokenState {
  const host = useHost();
  const query = useHostQuery('connections.tokenStatus', connectionId ? { connectionId } : null, {
    refreshOn: { 'connections.tokenChanged': (change) => (change.connectionId === connectionId ? { data: change.status, error: change.error } : 'ignore') },
  });
  // The connection whose renewal is running, so switching connections never shows another one as busy.
  const [renewing, setRenewing] = useState<string>();
  const { put } = query;

  const renew = useCallback(async () => {
    if (!connectionId) return;
    setRenewing(connectionId);
    try {
      put({ data: await host.invoke('connections.renewToken', { connectionId }), error: undefined });
    } catch (thrown) {
      put({ error: appErrorOf(thrown) });
    } finally {
      setRenewing((current) => (current === connectionId ? undefined : current));
    }
  }, [host, connectionId, put]);

  return { status: query.data, error: query.error, busy: connectionId !== undefined && renewing === connectionId, renew };
}
