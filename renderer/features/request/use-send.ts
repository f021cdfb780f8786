/**
 * Sending from a tab: the request as the builder made it, plus what its tab knows — the environment
 * it goes to, its own auth choice and variables, its captures and, for a saved request, where it
 * lives (so its folders' and collection's connection, environment and variables apply). The answer is
 * kept by the workspace for that tab, so switching tabs loses nothing.
 */
import { useMemo } from 'react';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { AppError } from '../../../shared/errors';
import type { SendableMethod } from '../../../shared/model/request';
import type { SendFields } from '../../../shared/model/request-send';
import { useActiveEnvironment } from '../environments';
import { useWorkspace, type OpenTab } from '../workspace';

/** What the response area shows and what the builder can do. */
export interface SendState {
  exchange?: { request: SendRequest; response: HttpResponse };
  pending: boolean;
  error?: AppError;
  /** A request waiting for the user's confirmation (safe mode). */
  confirm?: { request: SendRequest; message: string };
  send(request: SendRequest): void;
  confirmSend(): void;
  dismissConfirm(): void;
  cancel(): void;
}

/** A fresh id for `http.send` and `http.cancel`. */
export const newRequestId = () => `req-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The environment a tab's requests go to: its own (re-opened from history) or the active one. */
export function useTabEnvironmentId(tab: OpenTab): string | undefined {
  const active = useActiveEnvironment();
  return tab.environmentId ?? active?.id;
}

/** `http.send`'s input for `fields` sent from `tab`. */
export function sendInput(tab: OpenTab, fields: Omit<SendFields, 'method'> & { method: SendableMethod; operationId?: string }, environmentId: string | undefined): SendRequest {
  const { auth, variables, captures } = tab.request;
  return {
    requestId: newRequestId(),
    ...(environmentId !== undefined && { environmentId }),
    ...fields,
    ...(auth.kind === 'connection' && { connectionId: auth.connectionId }),
    ...(auth.kind === 'none' && { connectionId: null }),
    ...(tab.source.kind === 'saved' && { scope: { collectionId: tab.source.collectionId, itemId: tab.source.itemId } }),
    ...(variables.length > 0 && { variables }),
    ...(captures.length > 0 && { captures }),
  };
}

/** The send state of one tab. */
export function useSend(tab: OpenTab): SendState {
  const workspace = useWorkspace();
  const { id, answer } = tab;
  return useMemo(
    () => ({
      ...(answer?.exchange && { exchange: answer.exchange }),
      pending: answer?.pendingId !== undefined,
      ...(answer?.error && { error: answer.error }),
      ...(answer?.confirm && { confirm: answer.confirm }),
      send: (request: SendRequest) => workspace.send(id, request),
      confirmSend: () => workspace.confirmSend(id),
      dismissConfirm: () => workspace.dismissConfirm(id),
      cancel: () => workspace.cancel(id),
    }),
    [workspace, id, answer],
  );
}
