/**
 * Loads the open operation and keeps its draft. Drafts are remembered per operation, in memory for
 * the session and in main across restarts (as the request model), so going back to an endpoint —
 * even after re-importing a newer spec — finds the parameters as they were left.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { draftFromRequest, requestFromDraft } from '../../../shared/model/operation-draft';
import { operationLinkOf } from '../../../shared/model/request';
import { initialRequestDraft, type RequestDraft } from '../../../shared/openapi/request-draft';
import type { OperationDetail } from '../../../shared/openapi/types';
import { HostError, type Host } from '../../host/host';
import { useHost } from '../../host/host-context';
import type { OpenRequest } from '../workspace';
import { applySentQuery, reconcileDraft } from './draft-edits';

const drafts = new Map<string, RequestDraft>();

/** Saves drafts to main half a second after the last edit (typing does not write on every key). */
function useDebouncedSave(host: Host): (key: string, draft: RequestDraft) => void {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  return useCallback(
    (key: string, draft: RequestDraft) => {
      clearTimeout(timers.current.get(key));
      const request = requestFromDraft(draft, operationLinkOf(key));
      timers.current.set(key, setTimeout(() => void host.invoke('drafts.put', { key, request }).catch(() => undefined), 500));
    },
    [host],
  );
}

/** The loaded operation, its draft, and a setter. */
export function useOperationDraft(open: Extract<OpenRequest, { kind: 'operation' }>) {
  const host = useHost();
  const key = `${open.specId}:${open.operationId}`;
  const [state, setState] = useState<{ key: string; nonce: number; operation?: OperationDetail; draft?: RequestDraft; error?: AppError }>();
  useEffect(() => {
    let live = true;
    Promise.all([
      host.invoke('specs.operation', { specId: open.specId, operationId: open.operationId }),
      drafts.has(key) ? Promise.resolve(null) : host.invoke('drafts.get', { key }).catch(() => null),
    ]).then(
      ([operation, savedDraft]) => {
        if (!live) return;
        const fresh = initialRequestDraft(operation);
        const remembered = drafts.get(key);
        const base = remembered ? reconcileDraft(fresh, remembered) : savedDraft ? draftFromRequest(fresh, savedDraft) : fresh;
        const draft = open.fromHistory ? { ...applySentQuery(fresh, open.fromHistory), ...(open.fromHistory.requestBody !== undefined && { body: open.fromHistory.requestBody }) } : base;
        drafts.set(key, draft);
        setState({ key, nonce: open.nonce, operation, draft });
      },
      (thrown: unknown) => live && setState({ key, nonce: open.nonce, error: thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'This endpoint could not be opened.' } }),
    );
    return () => {
      live = false;
    };
  }, [host, key, open.specId, open.operationId, open.nonce, open.fromHistory]);
  const save = useDebouncedSave(host);
  const setDraft = useCallback(
    (update: (draft: RequestDraft) => RequestDraft) =>
      setState((current) => {
        if (!current?.draft) return current;
        const draft = update(current.draft);
        drafts.set(current.key, draft);
        save(current.key, draft);
        return { ...current, draft };
      }),
    [save],
  );
  const ready = state && state.key === key ? state : undefined;
  return { operation: ready?.operation, draft: ready?.draft, error: ready?.error, setDraft, reset: () => ready?.operation && setDraft(() => initialRequestDraft(ready.operation!)) };
}
