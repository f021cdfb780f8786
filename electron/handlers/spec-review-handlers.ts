/** Handlers of the saved-request review (`collections.specReview`, `collections.applySpecUpdate`): thin, the service does the work. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { specReviewCommands } from '../../shared/contract/spec-review';
import type { SpecReviewService } from '../services/spec-review/spec-review-service';

/** The review's part of the handler table. */
export function specReviewHandlers({ specReview }: { specReview: SpecReviewService }): DomainHandlers<typeof specReviewCommands> {
  return {
    'collections.specReview': async ({ specId }) => specReview.review(specId),
    'collections.applySpecUpdate': async ({ specId, actions }) => specReview.apply(specId, actions),
  };
}
