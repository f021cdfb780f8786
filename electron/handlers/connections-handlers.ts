/** Handlers of the `connections.*` commands: thin, the services do the work. */
import type { connectionsCommands } from '../../shared/contract/connections';
import type { DomainHandlers } from '../../shared/contract/define';
import type { ConnectionsService } from '../services/connections/connections-service';
import type { TokenManager } from '../services/tokens/token-manager';

/** What the connections handlers need. */
export interface ConnectionsHandlerDependencies {
  connections: ConnectionsService;
  tokens: TokenManager;
}

/** The `connections.*` part of the handler table. */
export function connectionsHandlers({ connections, tokens }: ConnectionsHandlerDependencies): DomainHandlers<typeof connectionsCommands> {
  return {
    'connections.list': async () => connections.list(),
    'connections.get': async ({ id }) => connections.get(id),
    'connections.add': (input) => connections.add(input),
    'connections.update': (input) => connections.update(input),
    'connections.duplicate': ({ id, name }) => connections.duplicate(id, name),
    'connections.delete': ({ id }) => connections.delete(id),
    'connections.envOffer': async () => connections.envOffer(),
    'connections.acceptEnvOffer': (input) => connections.acceptEnvOffer(input),
    'connections.tokenStatus': ({ connectionId }) => tokens.status(connectionId),
    'connections.renewToken': ({ connectionId }) => tokens.renew(connectionId),
    'connections.copyToken': async ({ connectionId }) => ({ accessToken: await tokens.copy(connectionId) }),
    'connections.test': (input) => tokens.test(input),
  };
}
