/** Handlers of the `globals.*` commands: the global variables, kept by the collections service. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { globalsCommands } from '../../shared/contract/globals';
import type { CollectionsService } from '../services/collections/collections-service';

/** The `globals.*` part of the handler table. */
export function globalsHandlers({ collections }: { collections: CollectionsService }): DomainHandlers<typeof globalsCommands> {
  return {
    'globals.get': async () => collections.globals(),
    'globals.update': async ({ variables }) => collections.setGlobals(variables),
  };
}
