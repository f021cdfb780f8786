/**
 * What a watch of a tab repeats: the request exactly as the tab would send it (`http.send`'s input,
 * with its environment, auth choice, collection scope and own variables), less what a watch has no
 * use for (body, captures, confirmation), and where it came from so the panel can name it.
 */
import type { SendRequest } from '../../../shared/contract/http';
import type { WatchOrigin, WatchRequestInput } from '../../../shared/contract/watch';
import type { SavedRequest } from '../../../shared/model/request';
import { operationLinkOf, qualifiedOperationKey } from '../../../shared/model/request-basics';
import { sendFieldsOf } from '../../../shared/model/request-send';

/** True for the methods a watch may repeat. */
export const watchableMethod = (method: string): boolean => method === 'GET' || method === 'HEAD';

/** The watch request for a tab's send; undefined for a method a watch may not repeat. */
export function watchRequestOf(send: SendRequest): WatchRequestInput | undefined {
  if (!watchableMethod(send.method)) return undefined;
  const link = send.operationId === undefined ? undefined : operationLinkOf(send.operationId);
  return {
    method: send.method,
    url: send.url,
    headers: send.headers ?? [],
    ...(send.environmentId !== undefined && { environmentId: send.environmentId }),
    ...(send.connectionId !== undefined && { connectionId: send.connectionId }),
    ...(send.scope !== undefined && { scope: send.scope }),
    ...(send.variables !== undefined && send.variables.length > 0 && { variables: send.variables }),
    ...(link && { operation: { specId: link.specId, operationId: link.operationKey } }),
  };
}

/** Where a tab's watch comes from: the saved request it shows, else the tab itself. */
export function watchOriginOf(tab: { id: string; source: { kind: string; itemId?: string } }): WatchOrigin {
  return tab.source.kind === 'saved' && tab.source.itemId !== undefined ? { kind: 'saved', id: tab.source.itemId } : { kind: 'tab', id: tab.id };
}

/**
 * The watch request for a request saved in a collection, as a tab opened from it would send it: its
 * own auth choice and variables, its collection and folders (by `scope`), the active environment.
 */
export function watchRequestOfSaved(request: SavedRequest, scope: { collectionId: string; itemId: string }, environmentId: string | undefined): WatchRequestInput | undefined {
  if (request.method === 'TRACE') return undefined;
  const fields = sendFieldsOf(request);
  return watchRequestOf({
    requestId: 'watch',
    method: request.method,
    url: fields.url,
    headers: fields.headers,
    ...(environmentId !== undefined && { environmentId }),
    ...(request.auth.kind === 'connection' && { connectionId: request.auth.connectionId }),
    ...(request.auth.kind === 'none' && { connectionId: null }),
    scope,
    ...(request.variables.length > 0 && { variables: request.variables }),
    ...(request.operation && { operationId: qualifiedOperationKey(request.operation) }),
  });
}
