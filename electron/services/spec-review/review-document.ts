/** `spec-reviews/<specId>.json`: the review of a spec's last re-import, with the user's decisions. */
import { specReviewRecordSchema, type SpecReviewRecord } from '../../../shared/spec-review/review';
import type { DocumentDefinition } from '../store/document-store';

/** The review document of one spec (absent until a review is first asked for). */
export function specReviewDocument(specId: string): DocumentDefinition<SpecReviewRecord | undefined> {
  return {
    file: `spec-reviews/${specId}.json`,
    label: 'the review of saved requests after a spec update',
    schema: specReviewRecordSchema.optional(),
    migrations: [(v0) => v0],
    defaults: () => undefined,
  };
}
