/** Handlers of the `app.*` commands. */
import type { Handlers } from '../../shared/contract/index';
import { ShorelineError } from '../../shared/errors';
import type { Services } from '../services/create-services';

/** The `app.*` part of the handler table. */
export function appHandlers(services: Services): Pick<Handlers, 'app.info' | 'app.openExternal'> {
  return {
    'app.info': async () => ({
      name: 'Shoreline',
      version: services.version,
      host: services.platform.kind,
      capabilities: services.platform.capabilities,
      startupProblems: [...services.startupProblems],
    }),
    'app.openExternal': async ({ url }) => {
      const open = services.platform.openExternal;
      if (!open) throw new ShorelineError('unsupported', 'This host cannot open links in the system browser.');
      await open(url);
    },
  };
}
