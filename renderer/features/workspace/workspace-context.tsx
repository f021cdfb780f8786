/**
 * What the window is working on: the operation open in the request builder (or a request re-opened
 * from history). The explorer, history and builder meet here; the active environment is the
 * environments feature's (`useActiveEnvironment`).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { HistoryEntry } from '../../../shared/contract/history';

/** The request the builder shows. */
export type OpenRequest =
  | { kind: 'operation'; specId: string; operationId: string; nonce: number; fromHistory?: HistoryEntry }
  | { kind: 'history'; entry: HistoryEntry; nonce: number };

interface Workspace {
  open: OpenRequest | undefined;
  openOperation(specId: string, operationId: string): void;
  reopen(entry: HistoryEntry): void;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

/** Splits a history entry's `operationId` (`<specId>:<METHOD path>`) back into its parts. */
export function operationRef(operationId: string | undefined): { specId: string; operationId: string } | undefined {
  const match = operationId ? /^([a-z0-9][a-z0-9-]{0,63}):(.+)$/.exec(operationId) : null;
  return match ? { specId: match[1]!, operationId: match[2]! } : undefined;
}

/** Holds the workspace for the window. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<OpenRequest>();
  const openOperation = useCallback((specId: string, operationId: string) => setOpen({ kind: 'operation', specId, operationId, nonce: Date.now() }), []);
  const reopen = useCallback((entry: HistoryEntry) => {
    const ref = operationRef(entry.operationId);
    setOpen(ref ? { kind: 'operation', ...ref, nonce: Date.now(), fromHistory: entry } : { kind: 'history', entry, nonce: Date.now() });
  }, []);
  const value = useMemo(() => ({ open, openOperation, reopen }), [open, openOperation, reopen]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The window's workspace. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside WorkspaceProvider');
  return workspace;
}
