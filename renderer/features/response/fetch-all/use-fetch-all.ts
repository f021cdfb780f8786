/** Runs `http.fetchAll` and follows its `http.progress` events; cancel stops it by request id. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FetchAllResult, HttpProgress, SendRequest } from '../../../../shared/contract/http';
import type { AppError } from '../../../../shared/errors';
import { HostError } from '../../../host/host';
import { useHost } from '../../../host/host-context';

/** Where a fetch-all run stands. */
export type FetchAllState =
  | { phase: 'idle' }
  | { phase: 'running'; requestId: string; progress?: HttpProgress }
  | { phase: 'failed'; error: AppError };

/** Starts, follows and cancels one fetch-all run at a time. */
export function useFetchAll(): { state: FetchAllState; start: (request: SendRequest, cap: number) => Promise<FetchAllResult | undefined>; cancel: () => void; reset: () => void } {
  const host = useHost();
  const [state, setState] = useState<FetchAllState>({ phase: 'idle' });
  const running = useRef<string | undefined>(undefined);

  const runningId = state.phase === 'running' ? state.requestId : undefined;
  useEffect(() => {
    if (runningId === undefined) return;
    return host.on('http.progress', (progress) => {
      if (progress.requestId !== runningId) return;
      setState((current) => (current.phase === 'running' && current.requestId === runningId ? { ...current, progress } : current));
    });
  }, [host, runningId]);

  // Leaving the view stops a run nobody is watching.
  useEffect(() => () => {
    if (running.current) void host.invoke('http.cancel', { requestId: running.current }).catch(() => undefined);
  }, [host]);

  const start = useCallback(
    async (request: SendRequest, cap: number) => {
      running.current = request.requestId;
      setState({ phase: 'running', requestId: request.requestId });
      try {
        const result = await host.invoke('http.fetchAll', { request, cap });
        setState({ phase: 'idle' });
        return result;
      } catch (error) {
        const appError: AppError = error instanceof HostError ? error.error : { code: 'internal', message: 'Fetching all pages failed inside Shoreline. Try again.' };
        setState({ phase: 'failed', error: appError });
        return undefined;
      } finally {
        running.current = undefined;
      }
    },
    [host],
  );

  const cancel = useCallback(() => {
    if (running.current) void host.invoke('http.cancel', { requestId: running.current }).catch(() => undefined);
  }, [host]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
