/** Handlers of the `environments.*` commands: thin, the service does the work. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { environmentsCommands } from '../../shared/contract/environments';
import type { EnvironmentsService } from '../services/environments/environments-service';

/** What the environments handlers need. */
export interface EnvironmentsHandlerDependencies {
  environments: EnvironmentsService;
}

/** The `environments.*` part of the handler table. */
export function environmentsHandlers({ environments }: EnvironmentsHandlerDependencies): DomainHandlers<typeof environmentsCommands> {
  return {
    'environments.list': async () => environments.list(),
    'environments.create': async (input) => environments.create(input),
    'environments.update': async (input) => environments.update(input),
    'environments.duplicate': async ({ id, name }) => environments.duplicate(id, name),
    'environments.delete': async ({ id }) => environments.delete(id),
    'environments.setActive': async ({ id }) => environments.setActive(id),
    'environments.getActive': async () => environments.getActive(),
  };
}
