/** Handlers of the `history.*` commands. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { historyCommands } from '../../shared/contract/history';
import type { HistoryService } from '../services/history/history-service';

/** The `history.*` part of the handler table. */
export function historyHandlers(deps: { history: HistoryService }): DomainHandlers<typeof historyCommands> {
  const { history } = deps;
  return {
    'history.list': async ({ query, limit }) => history.list(query, limit),
    'history.get': async ({ id }) => history.get(id),
    'history.delete': async ({ id }) => history.delete(id),
    'history.clear': async () => history.clear(),
  };
}
