/**
 * Compile-time proof that {@link useHostQuery} is typed from the contract: a wrong command, input,
 * event name or pushed answer fails `npm run typecheck` (each `@ts-expect-error` would be unused).
 * Never called.
 */
import type { Connection, TokenStatus } from '../../shared/contract/connections';
import { useHostQuery } from './use-host-query';

export function useTypedQueries(): void {
  const connections = useHostQuery('connections.list', {}, { refreshOn: { 'connections.changed': (payload) => ({ data: payload.connections }) } });
  const list: Connection[] | undefined = connections.data;

  const token = useHostQuery('connections.tokenStatus', { connectionId: 'c1' }, {
    refreshOn: { 'connections.tokenChanged': (change) => (change.connectionId === 'c1' ? { data: change.status, error: change.error } : 'ignore') },
  });
  const status: TokenStatus | undefined = token.data;

  // @ts-expect-error — not a command.
  useHostQuery('connections.everything', {});
  // @ts-expect-error — the input lacks connectionId.
  useHostQuery('connections.tokenStatus', {});
  // @ts-expect-error — not an event.
  useHostQuery('connections.list', {}, { refreshOn: ['connections.renamed'] });
  // @ts-expect-error — this event's payload is not a connection list.
  useHostQuery('connections.list', {}, { refreshOn: { 'history.changed': (payload) => ({ data: payload }) } });
  // @ts-expect-error — a token status is not a connection list.
  const wrong: Connection[] | undefined = token.data;

  void [list, status, wrong];
}
