/**
 * What the window is working on: the operation open in the request builder (or a request re-opened
 * from history) and the active environment. The explorer, history and builder meet here.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Environment } from '../../../shared/contract/environments';
import type { HistoryEntry } from '../../../shared/contract/history';
import { useHost } from '../../host/host-context';

/** The request the builder shows. */
export type OpenRequest =
  | { kind: 'operation'; specId: string; operationId: string; nonce: number; fromHistory?: HistoryEntry }
  | { kind: 'history'; entry: HistoryEntry; nonce: number };

interface Workspace {
  open: OpenRequest | undefined;
  openOperation(specId: string, operationId: string): void;
  reopen(entry: HistoryEntry): void;
  activeEnvironment: Environment | null | undefined;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

/** Splits a history entry's `operationId` (`<specId>:<METHOD path>`) back into its parts. */
export function operationRef(operationId: string | undefined): { specId: string; operationId: string } | undefined {
  const match = operationId ? /^([a-z0-9][a-z0-9-]{0,63}):(.+)$/.exec(operationId) : null;
  return match ? { specId: match[1]!, operationId: match[2]! } : undefined;
}

/** Holds the workspace for the window. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const [open, setOpen] = useState<OpenRequest>();
  const [activeEnvironment, setActive] = useState<Environment | null>();
  useEffect(() => {
    host.invoke('environments.getActive', {}).then(setActive, () => setActive(null));
    return host.on('environments.changed', ({ environments, activeId }) => setActive(environments.find((e) => e.id === activeId) ?? null));
  }, [host]);
  const openOperation = useCallback((specId: string, operationId: string) => setOpen({ kind: 'operation', specId, operationId, nonce: Date.now() }), []);
  const reopen = useCallback((entry: HistoryEntry) => {
    const ref = operationRef(entry.operationId);
    setOpen(ref ? { kind: 'operation', ...ref, nonce: Date.now(), fromHistory: entry } : { kind: 'history', entry, nonce: Date.now() });
  }, []);
  const value = useMemo(() => ({ open, openOperation, reopen, activeEnvironment }), [open, openOperation, reopen, activeEnvironment]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The window's workspace. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside WorkspaceProvider');
  return workspace;
}
