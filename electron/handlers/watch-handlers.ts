/** Handlers of the `watch.*` commands: thin calls into the watch service. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { watchCommands } from '../../shared/contract/watch';
import type { WatchService } from '../services/watch/watch-service';

/** The `watch.*` part of the handler table. */
export function watchHandlers(deps: { watch: WatchService }): DomainHandlers<typeof watchCommands> {
  const { watch } = deps;
  return {
    'watch.start': (input) => watch.start(input),
    'watch.update': async (input) => watch.update(input),
    'watch.stop': async ({ id }) => watch.stop(id),
    'watch.resume': async ({ id }) => watch.resume(id),
    'watch.remove': async ({ id }) => watch.remove(id),
    'watch.list': async () => watch.list(),
    'watch.markSeen': async ({ id }) => watch.markSeen(id),
    'watch.items': async ({ id, limit }) => watch.items(id, limit),
  };
}
