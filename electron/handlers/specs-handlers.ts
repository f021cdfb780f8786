/** Handlers of the `specs.*` commands: thin adapters from validated input to the specs service. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { specsCommands } from '../../shared/contract/specs';
import type { SpecReviewService } from '../services/spec-review/spec-review-service';
import type { SpecsService } from '../services/specs/specs-service';

/** The `specs.*` part of the handler table; undoing an update goes through the review, which puts its requests back too. */
export function specsHandlers(specs: SpecsService, specReview: Pick<SpecReviewService, 'undoUpdate'>): DomainHandlers<typeof specsCommands> {
  return {
    'specs.list': async () => specs.list(),
    'specs.tree': async () => specs.tree(),
    'specs.importText': (input, { signal }) => specs.importText(input, signal),
    'specs.importUrl': (input, { signal }) => specs.importUrl(input, signal),
    'specs.resolveImport': ({ pendingId, choice }) => specs.resolveImport(pendingId, choice),
    'specs.undoReplace': () => specReview.undoUpdate(),
    'specs.lastReplacement': async () => specs.lastReplacement(),
    'specs.remove': ({ id }) => specs.remove(id),
    'specs.reorder': async ({ ids }) => specs.reorder(ids),
    'specs.operation': ({ specId, operationId }) => specs.operation(specId, operationId),
    'specs.findings': async ({ specId }) => specs.findings(specId),
    'specs.getExpanded': async () => specs.getExpanded(),
    'specs.setExpanded': async ({ keys }) => specs.setExpanded(keys),
  };
}
