/**
 * Finds an operation of the earlier version in the new one: by operationId first (it survives a
 * path being renamed), then by method and path (it survives an operationId being renamed).
 */
import type { HttpMethod } from '../model/request';

/** What matching needs of an operation. */
export interface MatchableOperation {
  /** `GET /path`. */
  id: string;
  method: HttpMethod;
  path: string;
  operationId?: string | undefined;
}

/** How an operation was found again. */
export type MatchedBy = 'operationId' | 'method-path';

/** The operation of `candidates` that `previous` became, and how it was found; undefined when it is gone. */
export function matchOperation<T extends MatchableOperation>(previous: MatchableOperation, candidates: readonly T[]): { operation: T; by: MatchedBy } | undefined {
  if (previous.operationId) {
    const byId = candidates.filter((c) => c.operationId === previous.operationId);
    // Two operations sharing an operationId (an invalid spec) cannot tell which is which: fall back to the path.
    if (byId.length === 1) return { operation: byId[0] as T, by: 'operationId' };
  }
  const byPath = candidates.find((c) => c.method === previous.method && c.path === previous.path);
  return byPath ? { operation: byPath, by: 'method-path' } : undefined;
}

/** How the match was made, in words. */
export function matchWords(previous: MatchableOperation, matched: { operation: MatchableOperation; by: MatchedBy } | undefined): string {
  if (!matched) {
    const id = previous.operationId ? `no operation has the operationId “${previous.operationId}” and ` : '';
    return `Not in the new version: ${id}no operation is ${previous.method} ${previous.path}.`;
  }
  if (matched.by === 'operationId') return `Found by its operationId “${previous.operationId ?? ''}”.`;
  const renamed = previous.operationId && matched.operation.operationId !== previous.operationId;
  return renamed
    ? `Found by its method and path; its operationId is now “${matched.operation.operationId ?? 'none'}” (was “${previous.operationId}”).`
    : 'Found by its method and path.';
}
