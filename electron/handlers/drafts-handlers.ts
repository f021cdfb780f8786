/** Handlers of the `drafts.*` commands. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { draftsCommands } from '../../shared/contract/drafts';
import type { DraftsService } from '../services/drafts/drafts-service';

/** The `drafts.*` part of the handler table. */
export function draftsHandlers({ drafts }: { drafts: DraftsService }): DomainHandlers<typeof draftsCommands> {
  return {
    'drafts.get': async ({ key }) => drafts.get(key),
    'drafts.put': async ({ key, request }) => drafts.put(key, request),
  };
}
