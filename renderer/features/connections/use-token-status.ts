/**
 * One connection's token status (decoded, never the token), kept live by `connections.tokenChanged`,
 * with a `renew` that fetches a fresh token. Used by the header chip and the token panel alike.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TokenStatus } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf } from './app-error';

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

interface Held {
  id: string | undefined;
  status?: TokenStatus;
  error?: AppError;
  busy: boolean;
}

/** The token of `connectionId` (undefined: no connection). */
export function useTokenStatus(connectionId: string | undefined): TokenState {
  const host = useHost();
  const [held, setHeld] = useState<Held>({ id: connectionId, busy: false });

  useEffect(() => {
    setHeld({ id: connectionId, busy: false });
    if (!connectionId) return;
    let live = true;
    host.invoke('connections.tokenStatus', { connectionId }).then(
      (status) => live && setHeld((h) => (h.id === connectionId && !h.status ? { ...h, status } : h)),
      (thrown: unknown) => live && setHeld((h) => (h.id === connectionId ? { ...h, error: appErrorOf(thrown) } : h)),
    );
    const stop = host.on('connections.tokenChanged', (change) => {
      if (change.connectionId !== connectionId) return;
      setHeld((h) => ({ ...h, status: change.status, error: change.error }));
    });
    return () => {
      live = false;
      stop();
    };
  }, [host, connectionId]);

  const renew = useCallback(async () => {
    if (!connectionId) return;
    setHeld((h) => ({ ...h, busy: true }));
    try {
      const status = await host.invoke('connections.renewToken', { connectionId });
      setHeld((h) => (h.id === connectionId ? { ...h, status, error: undefined, busy: false } : h));
    } catch (thrown) {
      setHeld((h) => (h.id === connectionId ? { ...h, error: appErrorOf(thrown), busy: false } : h));
    }
  }, [host, connectionId]);

  const current: Held = held.id === connectionId ? held : { id: connectionId, busy: false };
  return { status: current.status, error: current.error, busy: current.busy, renew };
}
