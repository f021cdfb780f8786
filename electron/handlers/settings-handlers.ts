/** Handlers of the `settings.*` commands. */
import type { Handlers } from '../../shared/contract/index';
import type { Services } from '../services/create-services';

/** The `settings.*` part of the handler table. */
export function settingsHandlers(services: Services): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': async () => services.settings.get(),
    'settings.update': async (patch) => services.settings.update(patch),
  };
}
