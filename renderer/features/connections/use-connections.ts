/** The saved connections, loaded from the host and kept in sync by `connections.changed`. */
import { useCallback, useEffect, useState } from 'react';
import type { Connection } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf } from './app-error';

/** What {@link useConnections} gives: the list (undefined while loading), a load error, and a reload. */
export interface ConnectionsState {
  connections: Connection[] | undefined;
  error: AppError | undefined;
  reload: () => Promise<void>;
}

/** Every saved connection (never a secret). */
export function useConnections(): ConnectionsState {
  const host = useHost();
  const [connections, setConnections] = useState<Connection[]>();
  const [error, setError] = useState<AppError>();

  const reload = useCallback(async () => {
    try {
      setConnections(await host.invoke('connections.list', {}));
      setError(undefined);
    } catch (thrown) {
      setError(appErrorOf(thrown));
    }
  }, [host]);

  useEffect(() => {
    let live = true;
    let pushed = false;
    host.invoke('connections.list', {}).then(
      (list) => live && !pushed && setConnections(list),
      (thrown: unknown) => live && setError(appErrorOf(thrown)),
    );
    const stop = host.on('connections.changed', ({ connections: list }) => {
      pushed = true;
      setConnections(list);
      setError(undefined);
    });
    return () => {
      live = false;
      stop();
    };
  }, [host]);

  return { connections, error, reload };
}
