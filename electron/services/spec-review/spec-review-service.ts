/**
 * The saved-request review after a re-import: compares each saved request's operation in the
 * version the re-import replaced with the operation now, keeps that comparison (and the user's
 * decisions) per spec, and applies decisions through the collections service, remembering the
 * request as it was so each can be undone.
 */
import type { ReviewAction, SpecReview, SpecReviewItem } from '../../../shared/contract/spec-review';
import type { UndoneReplacement } from '../../../shared/contract/specs';
import { ShorelineError } from '../../../shared/errors';
import type { SavedRequest } from '../../../shared/model/request';
import { buildOperationDetail } from '../../../shared/openapi/operation-detail';
import { hashText, signatureOf, type OperationSignature } from '../../../shared/spec-review/operation-signature';
import { matchOperation } from '../../../shared/spec-review/operation-match';
import { classify, type ReviewEntry, type SpecReviewRecord } from '../../../shared/spec-review/review';
import { updateRequest, withUpdateNote } from '../../../shared/spec-review/update-request';
import type { CollectionsService } from '../collections/collections-service';
import type { SpecsService } from '../specs/specs-service';
import { specIndexDocument } from '../specs/spec-storage';
import type { DocumentStore } from '../store/document-store';
import { linkedRequests } from './linked-requests';
import { readPreviousSpec } from './previous-spec';
import { specReviewDocument } from './review-document';

/** What the review needs. */
export interface SpecReviewDependencies {
  stores: DocumentStore;
  specs: Pick<SpecsService, 'list' | 'operation' | 'lastReplacement' | 'undoReplace'>;
  collections: Pick<CollectionsService, 'list' | 'get' | 'getRequest' | 'saveRequest'>;
  now?: () => Date;
}

/** The review's public face. */
export interface SpecReviewService {
  /** The review of `specId`'s last re-import (made on first ask and kept). */
  review(specId: string): Promise<SpecReview>;
  /** Applies decisions in order and answers the review after them. */
  apply(specId: string, actions: readonly ReviewAction[]): Promise<SpecReview>;
  /**
   * Undoes the last spec update: the requests its review changed go back first (they would otherwise point at
   * operations of a version no longer there), then the spec. Requests edited since are left as they are, and named.
   */
  undoUpdate(): Promise<UndoneReplacement>;
}

const noEarlierVersion =
  'There is no earlier version of this spec to compare with: Shoreline keeps the version an update replaced until the next update of a spec, or until it is undone.';

const requestHash = (request: SavedRequest) => hashText(JSON.stringify(request));

/** True when `saved` was edited after the decision of `entry` saved it: undoing would lose those edits. */
const editedAfterDecision = (entry: ReviewEntry, saved: SavedRequest) => entry.afterHash !== undefined && entry.afterHash !== requestHash(saved);

/** Creates the review service. */
export function createSpecReviewService(deps: SpecReviewDependencies): SpecReviewService {
  const { stores, specs, collections } = deps;
  const now = deps.now ?? (() => new Date());

  function summaryOf(specId: string) {
    const summary = specs.list().find((s) => s.id === specId);
    if (!summary) throw new ShorelineError('not_found', 'This spec is no longer imported.');
    return summary;
  }

  /** Compares every linked request; undefined when there is nothing to compare with. */
  async function build(specId: string): Promise<SpecReviewRecord | undefined> {
    const summary = summaryOf(specId);
    const previous = await readPreviousSpec(stores, specId);
    const current = stores.open(specIndexDocument(specId)).get();
    if (!previous || !current) return undefined;
    const context = { specId, format: previous.stored.summary.format, servers: previous.stored.summary.servers, findings: [] };
    const signaturesNow = new Map<string, OperationSignature>();
    const entries: ReviewEntry[] = [];
    for (const linked of linkedRequests(collections, specId)) {
      const summaryBefore = previous.stored.operations.find((o) => o.id === linked.operationKey);
      const detailBefore = summaryBefore && buildOperationDetail(previous.doc, linked.operationKey, context);
      const before = summaryBefore && detailBefore ? { summary: summaryBefore, signature: signatureOf(detailBefore) } : undefined;
      const target = before ? matchOperation(before.summary, current.operations)?.operation.id : current.operations.find((o) => o.id === linked.operationKey)?.id;
      if (target && !signaturesNow.has(target)) signaturesNow.set(target, signatureOf(await specs.operation(specId, target)));
      const found = classify(linked.operationKey, before, current.operations, (key) => signaturesNow.get(key));
      entries.push({
        collectionId: linked.collectionId,
        itemId: linked.itemId,
        name: linked.name,
        collectionName: linked.collectionName,
        previousKey: linked.operationKey,
        ...(summaryBefore?.operationId !== undefined && { previousOperationId: summaryBefore.operationId }),
        ...(before && { previousSignature: before.signature }),
        status: found.status,
        ...(found.newKey !== undefined && { newKey: found.newKey }),
        match: found.match,
        changes: found.changes,
        decision: 'pending',
        notes: [],
      });
    }
    return { specId, importedAt: summary.importedAt, title: summary.title, fromVersion: previous.stored.summary.version, toVersion: summary.version, entries };
  }

  /** The kept review of the spec's current version, made now if there is none yet. */
  async function record(specId: string): Promise<SpecReviewRecord | undefined> {
    const { importedAt } = summaryOf(specId);
    const document = stores.open(specReviewDocument(specId));
    const kept = document.get();
    if (kept && kept.importedAt === importedAt) return kept;
    const built = await build(specId);
    if (built) document.set(built);
    return built;
  }

  function view(specId: string, kept: SpecReviewRecord | undefined): SpecReview {
    const summary = summaryOf(specId);
    if (!kept) return { specId, title: summary.title, fromVersion: '', toVersion: summary.version, available: false, reason: noEarlierVersion, items: [], pending: 0 };
    const items: SpecReviewItem[] = [];
    for (const entry of kept.entries) {
      let current;
      try {
        current = collections.getRequest(entry.collectionId, entry.itemId);
      } catch {
        continue; // deleted since: nothing left to review
      }
      const { before: _before, afterHash: _after, previousSignature: _signature, previousOperationId: _id, ...shown } = entry;
      items.push({ ...shown, name: current.item.name, collectionName: current.collectionName, undoable: entry.decision !== 'pending' });
    }
    const pending = items.filter((i) => i.status !== 'unchanged' && i.decision === 'pending').length;
    return { specId, title: kept.title, fromVersion: kept.fromVersion, toVersion: kept.toVersion, available: true, items, pending };
  }

  /** Applies one decision to one entry; answers the entry as it is after it. */
  async function decide(kept: SpecReviewRecord, entry: ReviewEntry, action: ReviewAction['action']): Promise<ReviewEntry> {
    const saved = collections.getRequest(entry.collectionId, entry.itemId).item.request;
    const save = (request: SavedRequest) => collections.saveRequest({ collectionId: entry.collectionId, itemId: entry.itemId, request });
    if (action === 'undo') {
      if (entry.decision === 'pending') throw new ShorelineError('invalid_input', `“${entry.name}” has no decision to undo.`);
      if (entry.before) {
        if (editedAfterDecision(entry, saved)) {
          throw new ShorelineError('invalid_input', `“${entry.name}” was edited after it was updated, so Undo would lose those edits. Change it by hand instead.`);
        }
        save(entry.before);
      }
      const { before: _b, afterHash: _a, ...rest } = entry;
      return { ...rest, decision: 'pending', notes: [] };
    }
    if (entry.decision !== 'pending') throw new ShorelineError('invalid_input', `“${entry.name}” was already decided. Undo that first.`);
    if (action === 'keep') return { ...entry, decision: 'kept' };
    if (action === 'plain') {
      const { operation: _link, ...plain } = saved;
      save(plain);
      return { ...entry, decision: 'plain', before: saved, afterHash: requestHash(plain) };
    }
    if (entry.status === 'removed' || entry.newKey === undefined) throw new ShorelineError('invalid_input', `“${entry.name}” cannot be updated: its endpoint is gone from ${kept.title} ${kept.toVersion}. Keep it, or keep it as a plain request.`);
    const fresh = await specs.operation(kept.specId, entry.newKey);
    const updated = updateRequest(saved, fresh, entry.previousSignature, { specId: kept.specId, operationKey: entry.newKey });
    const heading = `Updated to ${kept.title} ${kept.toVersion} on ${now().toISOString().slice(0, 10)}`;
    const description = withUpdateNote(saved.description, heading, updated.notes);
    const request: SavedRequest = { ...updated.request, ...(description !== undefined && { description }) };
    save(request);
    return { ...entry, decision: 'updated', notes: updated.notes, before: saved, afterHash: requestHash(collections.getRequest(entry.collectionId, entry.itemId).item.request) };
  }

  /** Puts back each request a decision changed and resets the decisions; a request edited since keeps its edits. */
  function undoDecisions(specId: string): { requestsPutBack: number; editedSince: string[] } {
    const document = stores.open(specReviewDocument(specId));
    const kept = document.get();
    // A review of an earlier update (not the one being undone) changed nothing this undo brings back.
    if (!kept || kept.importedAt !== summaryOf(specId).importedAt) return { requestsPutBack: 0, editedSince: [] };
    let requestsPutBack = 0;
    const editedSince: string[] = [];
    for (const entry of kept.entries) {
      if (entry.decision === 'pending' || !entry.before) continue;
      let saved: SavedRequest;
      try {
        saved = collections.getRequest(entry.collectionId, entry.itemId).item.request;
      } catch {
        continue; // deleted since: nothing to put back
      }
      if (editedAfterDecision(entry, saved)) {
        editedSince.push(entry.name);
        continue;
      }
      collections.saveRequest({ collectionId: entry.collectionId, itemId: entry.itemId, request: entry.before });
      requestsPutBack += 1;
    }
    document.remove();
    return { requestsPutBack, editedSince };
  }

  return {
    async undoUpdate() {
      const last = specs.lastReplacement();
      if (!last) throw new ShorelineError('not_found', 'There is no replaced spec to bring back.');
      const requests = undoDecisions(last.specId);
      const spec = await specs.undoReplace();
      return { spec, ...requests };
    },
    async review(specId) {
      return view(specId, await record(specId));
    },
    async apply(specId, actions) {
      const kept = await record(specId);
      if (!kept) throw new ShorelineError('not_found', noEarlierVersion);
      let entries = kept.entries;
      try {
        for (const action of actions) {
          const at = entries.findIndex((e) => e.collectionId === action.collectionId && e.itemId === action.itemId);
          if (at < 0) throw new ShorelineError('not_found', 'That saved request is not part of this review.');
          const next = await decide(kept, entries[at] as ReviewEntry, action.action);
          entries = entries.map((e, i) => (i === at ? next : e));
        }
      } finally {
        // Decisions already saved into collections are recorded even when a later one fails.
        stores.open(specReviewDocument(specId)).set({ ...kept, entries });
      }
      return view(specId, { ...kept, entries });
    },
  };
}
