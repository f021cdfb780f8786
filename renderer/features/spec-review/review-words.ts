/** The review's words: headings of its groups, what each decision did, and the dialog's summary line. */
import type { ReviewDecision, ReviewStatus, SpecReview, SpecReviewItem } from '../../../shared/contract/spec-review';

/** The groups in the order the dialog shows them. */
export const statusOrder: ReviewStatus[] = ['changed', 'removed', 'unchanged'];

/** A group's heading. */
export function groupHeading(status: ReviewStatus, count: number): string {
  const n = `${count} saved request${count === 1 ? '' : 's'}`;
  if (status === 'changed') return `Changed — ${n}`;
  if (status === 'removed') return `Endpoint removed — ${n}`;
  return `Unchanged — ${n}`;
}

/** What a decision did, in words. */
export function decisionWords(decision: ReviewDecision): string | undefined {
  if (decision === 'updated') return 'Updated to the new version.';
  if (decision === 'kept') return 'Kept as it was.';
  if (decision === 'plain') return 'Kept as a plain request (no longer linked to the spec).';
  return undefined;
}

/** The line under the dialog's title. */
export function reviewSummary(review: SpecReview): string {
  if (!review.available) return review.reason ?? 'There is nothing to review.';
  if (review.items.length === 0) return `No saved request uses ${review.title}: there is nothing to review.`;
  const waiting = review.pending === 0 ? 'Nothing waits for a decision.' : `${review.pending} wait${review.pending === 1 ? 's' : ''} for your decision.`;
  return `${review.items.length} saved request${review.items.length === 1 ? ' uses' : 's use'} this spec. ${waiting}`;
}

/** The operation a request was made from and what it is now: `GET /hosts → GET /servers`. */
export function operationWords(item: Pick<SpecReviewItem, 'previousKey' | 'newKey'>): string {
  return item.newKey && item.newKey !== item.previousKey ? `${item.previousKey} → ${item.newKey}` : item.previousKey;
}
