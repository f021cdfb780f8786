/**
 * What a run sends, in order: every request of the collection or folder (depth first, as the tree
 * shows them), each with the folders above it. Token requests "handled by the connection" and TRACE
 * requests are listed but not sent; POST/PUT/PATCH/DELETE that go outside the Sandbox are listed as
 * unsafe, for safe mode to ask about once.
 */
import type { RunPlan, RunPlanStep } from '../../../shared/contract/runner';
import { ShorelineError } from '../../../shared/errors';
import { isChangingMethod } from '../../../shared/http/safe-mode';
import type { Collection, CollectionRequest } from '../../../shared/model/collection';
import { findItem, requestsOf } from '../../../shared/model/collection-tree';
import { requestAddress } from '../../../shared/model/request-url';
import type { Environment } from '../../../shared/contract/environments';
import type { RunScope } from './run-scope';

/** A step with the request it sends. */
export interface PlannedStep extends RunPlanStep {
  item: CollectionRequest;
}

/** The requests of the run's target, in order, with the folder names above each inside the collection. */
export function plannedRequests(collection: Collection, itemId: string | undefined): { title: string; steps: PlannedStep[] } {
  const step = (item: CollectionRequest, path: string[]): PlannedStep => ({
    itemId: item.id,
    name: item.name,
    path,
    method: item.request.method,
    url: requestAddress(item.request),
    ...(item.handledByConnection === true ? { skip: 'handled' as const } : item.request.method === 'TRACE' ? { skip: 'trace' as const } : {}),
    item,
  });
  if (itemId === undefined) {
    return { title: collection.name, steps: requestsOf(collection).map(({ request, ancestors }) => step(request, ancestors.map((a) => a.name))) };
  }
  const place = findItem(collection, itemId);
  if (!place) throw new ShorelineError('not_found', `“${collection.name}” has no such folder or request any more (it may have been moved or deleted).`);
  const above = place.ancestors.map((a) => a.name);
  const title = [collection.name, ...above, place.item.name].join(' › ');
  if (place.item.kind === 'request') return { title, steps: [step(place.item, above)] };
  const inner = requestsOf(place.item).map(({ request, ancestors }) => step(request, [...above, place.item.name, ...ancestors.map((a) => a.name)]));
  return { title, steps: inner };
}

/** The plan of a run: its steps, and the unsafe requests safe mode asks about. */
export function buildPlan(collection: Collection, itemId: string | undefined, scope: RunScope, environments: readonly Environment[]): RunPlan & { planned: PlannedStep[] } {
  const { title, steps } = plannedRequests(collection, itemId);
  const unsafe: RunPlan['unsafe'] = [];
  for (const s of steps) {
    if (s.skip || !isChangingMethod(s.method)) continue;
    const resolved = scope.resolveItem(s.itemId);
    if (resolved.problem) continue;
    const environment = resolved.environment ? environments.find((e) => e.id === resolved.environment!.id) : undefined;
    // The Sandbox needs no confirmation; a read-only environment refuses the request whatever is confirmed.
    if (environment?.isSandbox || environment?.readOnly) continue;
    unsafe.push({ itemId: s.itemId, name: s.name, method: s.method, url: s.url, ...(environment && { environmentName: environment.name }) });
  }
  return {
    collectionId: collection.id,
    collectionName: collection.name,
    ...(itemId !== undefined && { itemId }),
    title,
    steps: steps.map(({ item: _item, ...rest }) => rest),
    unsafe,
    planned: steps,
  };
}
