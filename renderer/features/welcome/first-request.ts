/**
 * Which endpoint to suggest as a first request once an API is imported: the one seed 000 starts with —
 * "Get all storage systems" (GET …/storage-systems) — where there is one, else the first other list
 * that needs nothing filled in (a GET without `{path}` parameters, "Get all …" or "List …" first).
 */
import type { OperationSummary, SpecNode } from '../../../shared/openapi/types';

/** A suggested endpoint. */
export interface FirstRequest {
  specId: string;
  operation: OperationSummary;
}

function rank(operation: OperationSummary): number {
  if (operation.method !== 'GET' || operation.path.includes('{') || operation.deprecated) return 0;
  if (/\/storage-systems$/.test(operation.path)) return 3;
  if (/^(get all|list)\b/i.test(operation.summary ?? '')) return 2;
  return 1;
}

/** The best first request among `specs`, or undefined when none is a plain GET. */
export function suggestFirstRequest(specs: readonly SpecNode[]): FirstRequest | undefined {
  let best: (FirstRequest & { score: number }) | undefined;
  for (const node of specs) {
    for (const tag of node.tags) {
      for (const operation of tag.operations) {
        const score = rank(operation);
        if (score > (best?.score ?? 0)) best = { specId: node.spec.id, operation, score };
      }
    }
  }
  return best && { specId: best.specId, operation: best.operation };
}
