/** The saved connections, loaded from the host and kept in sync by `connections.changed`. */
import type { Connection } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { useHostQuery } from '../../host/use-host-query';

/** What {@link useConnections} gives: the list (undefined while loading), a load error, and a reload. */
export interface ConnectionsState {
  connections: Connection[] | undefined;
  error: AppError | undefined;
  reload: () => Promise<void>;
}

/** Every saved connection (never a secret). */
export function useConnections(): ConnectionsState {
  const query = useHostQuery('connections.list', {}, { refreshOn: { 'connections.changed': ({ connections }) => ({ data: connections }) } });
  return { connections: query.data, error: query.error, reload: query.refresh };
}
