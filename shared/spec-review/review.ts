/**
 * The review of saved requests after a spec was re-imported: each request linked to one of the
 * spec's operations is unchanged, changed (with what changed, in words) or removed, and carries the
 * user's decision. Kept on disk per spec, so the review survives a restart and a decision can be
 * undone.
 */
import { z } from 'zod';
import { collectionIdSchema } from '../model/collection';
import { requestSchema } from '../model/request';
import { specIdSchema } from '../model/spec-id';
import { diffSignatures, signatureChangeSchema, type SignatureChange } from './signature-diff';
import { matchOperation, matchWords, type MatchableOperation } from './operation-match';
import { operationSignatureSchema, type OperationSignature } from './operation-signature';

/** Where a saved request stands after the re-import. */
export const reviewStatusSchema = z.enum(['unchanged', 'changed', 'removed']);

/** Where a saved request stands. */
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

/** What the user chose: nothing yet, brought up to the new operation, kept as it was, or kept as a plain request (its link to the spec dropped). */
export const reviewDecisionSchema = z.enum(['pending', 'updated', 'kept', 'plain']);

/** The user's choice for one request. */
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** One saved request in the review. */
export const reviewEntrySchema = z
  .object({
    collectionId: collectionIdSchema,
    itemId: collectionIdSchema,
    /** The request's and its collection's names when the review was made (the window shows the current ones). */
    name: z.string().max(300),
    collectionName: z.string().max(300),
    /** The operation it was made from: `GET /volumes`, with its operationId. */
    previousKey: z.string().max(5000),
    previousOperationId: z.string().max(500).optional(),
    /** The earlier operation's signature, so an update can tell dropped parameters from the user's own rows. */
    previousSignature: operationSignatureSchema.optional(),
    status: reviewStatusSchema,
    /** The operation it now corresponds to, when it still exists. */
    newKey: z.string().max(5000).optional(),
    /** How it was found again (or why not), in words. */
    match: z.string().max(2000),
    changes: z.array(signatureChangeSchema).max(2000),
    decision: reviewDecisionSchema,
    /** What an update dropped, in words. */
    notes: z.array(z.string().max(3000)).max(2000).default([]),
    /** The request as it was before the decision, so Undo can put it back. */
    before: requestSchema.optional(),
    /** A hash of the request the decision saved: Undo refuses when the request was edited since (it would lose the edits). */
    afterHash: z.string().max(40).optional(),
  })
  .strict();

/** One saved request in the review, as kept. */
export type ReviewEntry = z.output<typeof reviewEntrySchema>;

/** The review of one re-import of one spec (`spec-reviews/<specId>.json`). */
export const specReviewRecordSchema = z
  .object({
    specId: specIdSchema,
    /** The `importedAt` of the version this review is for: a later import (or an undo) makes a new review. */
    importedAt: z.string().max(40),
    title: z.string().max(1000),
    fromVersion: z.string().max(1000),
    toVersion: z.string().max(1000),
    entries: z.array(reviewEntrySchema).max(100_000),
  })
  .strict();

/** A review as kept. */
export type SpecReviewRecord = z.output<typeof specReviewRecordSchema>;

/** A saved request linked to the spec, as the review needs it. */
export interface LinkedRequest {
  collectionId: string;
  collectionName: string;
  itemId: string;
  name: string;
  /** The operation key the request links to. */
  operationKey: string;
}

/** How a saved request compares, before any decision. */
export interface Classification {
  status: ReviewStatus;
  newKey?: string;
  match: string;
  changes: SignatureChange[];
}

/**
 * Classifies one saved request: `previous` is its operation in the earlier version (undefined when
 * the earlier version did not have it), `candidates` the operations of the new version, and
 * `signatureNow` gives the new signature of a matched operation.
 */
export function classify(
  operationKey: string,
  previous: { summary: MatchableOperation; signature: OperationSignature } | undefined,
  candidates: readonly MatchableOperation[],
  signatureNow: (key: string) => OperationSignature | undefined,
): Classification {
  if (!previous) {
    // The link predates the earlier version: nothing to compare it with, so only "still there or not" can be said.
    const same = candidates.find((c) => c.id === operationKey);
    return same
      ? { status: 'unchanged', newKey: same.id, match: 'The earlier version did not have this endpoint either; it is in the new one.', changes: [] }
      : { status: 'removed', match: `Not in the new version: no operation is ${operationKey}.`, changes: [] };
  }
  const matched = matchOperation(previous.summary, candidates);
  const match = matchWords(previous.summary, matched);
  const now = matched && signatureNow(matched.operation.id);
  if (!matched || !now) return { status: 'removed', match, changes: [] };
  const changes = diffSignatures(previous.signature, now);
  return { status: changes.length > 0 ? 'changed' : 'unchanged', newKey: matched.operation.id, match, changes };
}
