/**
 * Commands of the saved-request review (C5): after a spec is re-imported, the saved requests linked
 * to its operations are listed as unchanged, changed or removed, and the user brings each up to the
 * new operation, keeps it as it is, or keeps it as a plain request. Every decision can be undone.
 */
import { z } from 'zod';
import { collectionIdSchema } from '../model/collection';
import { specIdSchema } from '../model/spec-id';
import type { ReviewDecision, ReviewStatus } from '../spec-review/review';
import type { SignatureChange } from '../spec-review/signature-diff';
import { command } from './define';

export type { ReviewDecision, ReviewStatus } from '../spec-review/review';
export type { SignatureChange } from '../spec-review/signature-diff';

/** One saved request in a review, as the window shows it. */
export interface SpecReviewItem {
  collectionId: string;
  itemId: string;
  /** The request's and its collection's names as they are now. */
  name: string;
  collectionName: string;
  /** The operation it was made from (`GET /volumes`). */
  previousKey: string;
  status: ReviewStatus;
  /** The operation it corresponds to now, when it still exists. */
  newKey?: string;
  /** How it was found in the new version, or why not, in words. */
  match: string;
  changes: SignatureChange[];
  decision: ReviewDecision;
  /** What an update dropped, in words. */
  notes: string[];
  /** True when the decision can be undone (the request as it was is kept). */
  undoable: boolean;
}

/** What `collections.specReview` answers. */
export interface SpecReview {
  specId: string;
  title: string;
  /** The versions compared (`info.version`). */
  fromVersion: string;
  toVersion: string;
  /** False when there is no earlier version to compare with; `reason` says why. */
  available: boolean;
  reason?: string;
  items: SpecReviewItem[];
  /** How many changed or removed requests wait for a decision. */
  pending: number;
}

/** One decision: bring the request up to the new operation, keep it as it is, keep it as a plain request (its link dropped), or undo the last decision. */
export const reviewActionSchema = z
  .object({
    collectionId: collectionIdSchema,
    itemId: collectionIdSchema,
    action: z.enum(['update', 'keep', 'plain', 'undo']),
  })
  .strict();

/** One decision of a review. */
export type ReviewAction = z.infer<typeof reviewActionSchema>;

/** The review domain of the contract (its names sit with the collections it changes). */
export const specReviewCommands = {
  /** The saved requests linked to `specId`, compared with the version its last re-import replaced. */
  'collections.specReview': command<SpecReview>()(z.object({ specId: specIdSchema }).strict()),
  /** Applies decisions in order; answers the review as it is after them. Each request is saved whole or not at all. */
  'collections.applySpecUpdate': command<SpecReview>()(z.object({ specId: specIdSchema, actions: z.array(reviewActionSchema).min(1).max(10_000) }).strict()),
};
