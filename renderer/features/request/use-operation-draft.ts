/**
 * Loads the open operation and keeps its draft. Drafts are remembered per operation for the session,
 * so going back to an endpoint finds the parameters as they were left.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { initialRequestDraft, type RequestDraft } from '../../../shared/openapi/request-draft';
import type { OperationDetail } from '../../../shared/openapi/types';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import type { OpenRequest } from '../workspace/workspace-context';
import { applySentQuery } from './draft-edits';

const drafts = new Map<string, RequestDraft>();

/** The loaded operation, its draft, and a setter. */
export function useOperationDraft(open: Extract<OpenRequest, { kind: 'operation' }>) {
  const host = useHost();
  const key = `${open.specId}:${open.operationId}`;
  const [state, setState] = useState<{ key: string; nonce: number; operation?: OperationDetail; draft?: RequestDraft; error?: AppError }>();
  useEffect(() => {
    let live = true;
    host.invoke('specs.operation', { specId: open.specId, operationId: open.operationId }).then(
      (operation) => {
        if (!live) return;
        const base = drafts.get(key) ?? initialRequestDraft(operation);
        const draft = open.fromHistory ? { ...applySentQuery(initialRequestDraft(operation), open.fromHistory), ...(open.fromHistory.requestBody !== undefined && { body: open.fromHistory.requestBody }) } : base;
        drafts.set(key, draft);
        setState({ key, nonce: open.nonce, operation, draft });
      },
      (thrown: unknown) => live && setState({ key, nonce: open.nonce, error: thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'This endpoint could not be opened.' } }),
    );
    return () => {
      live = false;
    };
  }, [host, key, open.specId, open.operationId, open.nonce, open.fromHistory]);
  const setDraft = useCallback(
    (update: (draft: RequestDraft) => RequestDraft) =>
      setState((current) => {
        if (!current?.draft) return current;
        const draft = update(current.draft);
        drafts.set(current.key, draft);
        return { ...current, draft };
      }),
    [],
  );
  const ready = state && state.key === key ? state : undefined;
  return { operation: ready?.operation, draft: ready?.draft, error: ready?.error, setDraft, reset: () => ready?.operation && setDraft(() => initialRequestDraft(ready.operation!)) };
}
