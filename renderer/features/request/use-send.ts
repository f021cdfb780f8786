/**
 * Sending a request and keeping its answer. Safe mode is checked here first with the same rule main
 * enforces, so a POST on a real environment asks before anything leaves.
 */
import { useCallback, useRef, useState } from 'react';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { AppError } from '../../../shared/errors';
import { checkSafeMode } from '../../../shared/http/safe-mode';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useActiveEnvironment } from '../environments';

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

/** The send state of one builder. */
export function useSend(): SendState {
  const host = useHost();
  const activeEnvironment = useActiveEnvironment();
  const [exchange, setExchange] = useState<SendState['exchange']>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError>();
  const [confirm, setConfirm] = useState<SendState['confirm']>();
  const current = useRef<string | undefined>(undefined);

  const go = useCallback(
    async (request: SendRequest) => {
      current.current = request.requestId;
      setPending(true);
      setError(undefined);
      try {
        const response = await host.invoke('http.send', request);
        if (current.current === request.requestId) setExchange({ request, response });
      } catch (thrown) {
        const appError: AppError = thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'The request could not be sent.' };
        if (appError.code === 'confirm_required') setConfirm({ request, message: appError.message });
        else if (current.current === request.requestId) setError(appError);
      } finally {
        if (current.current === request.requestId) setPending(false);
      }
    },
    [host],
  );

  const send = useCallback(
    (request: SendRequest) => {
      if (activeEnvironment) {
        const verdict = checkSafeMode({ method: request.method, environment: activeEnvironment, confirmed: request.confirmed ?? false });
        if (!verdict.allowed && verdict.code === 'read_only') return setError({ code: 'read_only', message: verdict.message });
        if (!verdict.allowed) return setConfirm({ request, message: verdict.message });
      }
      void go(request);
    },
    [activeEnvironment, go],
  );

  return {
    exchange,
    pending,
    error,
    confirm,
    send,
    confirmSend: () => {
      if (confirm) void go({ ...confirm.request, confirmed: true });
      setConfirm(undefined);
    },
    dismissConfirm: () => setConfirm(undefined),
    cancel: () => {
      if (current.current) void host.invoke('http.cancel', { requestId: current.current }).catch(() => undefined);
    },
  };
}
