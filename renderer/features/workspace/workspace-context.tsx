/**
 * What the window is working on: the open tabs, each with its request and its last answer. The
 * explorer, collections and history open requests here; the request area shows the active tab and
 * sends through here, so an answer lands in the tab that asked for it even when another is shown.
 * The tabs and their drafts are saved shortly after each change and come back after a restart; a
 * closed tab's answer is released in main.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { HistoryEntry } from '../../../shared/contract/history';
import type { SendRequest } from '../../../shared/contract/http';
import type { AppError } from '../../../shared/errors';
import { checkSafeMode } from '../../../shared/http/safe-mode';
import type { SavedRequest } from '../../../shared/model/request';
import { blankRequest } from '../../../shared/model/request-basics';
import type { TabSource } from '../../../shared/model/workspace';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useEnvironments } from '../environments';
import { historyExchange } from './history-answer';
import { newTabId, persisted, sameSource, tabsReducer, type OpenTab, type TabAnswer, type TabPatch } from './tabs-model';

/** How long after the last change the tabs are saved. */
const saveDelayMs = 400;

/** Where a saved request now lives, after Save or Save as. */
export interface SavedPlace {
  collectionId: string;
  itemId: string;
  name: string;
}

/** The window's workspace. */
export interface Workspace {
  tabs: OpenTab[];
  active: OpenTab | undefined;
  /** True once the tabs of the last session are back. */
  loaded: boolean;
  /** True when every change is saved for the next start. */
  saved: boolean;
  /** Opens an endpoint of an imported spec (a preview unless `pin`). */
  openOperation(specId: string, operationId: string, options?: { title?: string; pin?: boolean }): void;
  /** Opens a request saved in a collection (a preview unless `pin`). */
  openSaved(collectionId: string, itemId: string, options?: { pin?: boolean }): Promise<void>;
  /** Opens a new, empty request (Ctrl+N). */
  openBlank(): void;
  /** Opens a history entry with the answer it got and the environment it was sent to. */
  reopen(entry: HistoryEntry): void;
  activate(id: string): void;
  /** Closes a tab without asking (ask first where it has unsaved changes). */
  close(id: string): void;
  pin(id: string): void;
  cycle(step: 1 | -1): void;
  move(id: string, index: number): void;
  /** Changes a tab; `dirty` marks unsaved changes, `pin` keeps a preview tab. */
  edit(id: string, patch: TabPatch | ((tab: OpenTab) => TabPatch), options?: { dirty?: boolean; pin?: boolean }): void;
  /** Records that a tab's request was saved at `place`. */
  markSaved(id: string, place: SavedPlace, request?: SavedRequest): void;
  /** Sends a request for tab `id` (safe mode asks first where it must); the answer lands in that tab. */
  send(id: string, request: SendRequest): void;
  confirmSend(id: string): void;
  dismissConfirm(id: string): void;
  cancel(id: string): void;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

/** A request template for an operation key (`GET /path`), until the builder has loaded it. */
function placeholder(specId: string, operationId: string): SavedRequest {
  const space = operationId.indexOf(' ');
  const method = operationId.slice(0, space) as SavedRequest['method'];
  return { ...blankRequest(), method, url: `{{baseUrl}}${operationId.slice(space + 1)}`, operation: { specId, operationKey: operationId } };
}

/** `/api/v1/volumes` for a history entry's tab title (the tab shows the method beside it). */
function historyTitle(entry: HistoryEntry): string {
  try {
    return new URL(entry.url).pathname;
  } catch {
    return entry.url;
  }
}

const keptBody = (answer: TabAnswer | undefined) => {
  const body = answer?.exchange?.response.body;
  return body && (body.kind === 'large' || body.kind === 'binary') ? body.id : undefined;
};

/** Holds the workspace for the window. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const { environments, active: activeEnvironment } = useEnvironments();
  const [state, dispatch] = useReducer(tabsReducer, { tabs: [], activeId: null });
  const [loaded, setLoaded] = useState(false);
  // Each change worth keeping bumps `version`; a save records the version it wrote.
  const [version, setVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  // The last session's tabs come back first; nothing is saved until they have.
  useEffect(() => {
    let live = true;
    host.invoke('workspace.get', {}).then(
      (workspace) => {
        if (!live) return;
        dispatch({ type: 'restore', workspace });
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [host]);

  // What is kept, compared by reference (an answer arriving changes none of it), so typing never serialises every tab.
  const signature = useMemo(
    () => [state.activeId, ...state.tabs.flatMap((t) => [t.id, t.title, t.preview, t.dirty, t.subTab, t.environmentId, t.source, t.request])],
    [state],
  );
  const previous = useRef<{ signature: unknown[]; loaded: boolean } | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = { signature, loaded };
    // The restored tabs themselves are not a change.
    if (!before?.loaded) return;
    if (before.signature.length !== signature.length || before.signature.some((value, i) => value !== signature[i])) setVersion((v) => v + 1);
  }, [signature, loaded]);
  useEffect(() => {
    if (version === savedVersion) return;
    const timer = setTimeout(() => {
      host.invoke('workspace.save', persisted(latest.current)).then(
        () => setSavedVersion((done) => Math.max(done, version)),
        () => undefined,
      );
    }, saveDelayMs);
    return () => clearTimeout(timer);
  }, [host, version, savedVersion]);

  // A tab that went away (closed, or a preview replaced) releases the big answer main kept for it.
  const before = useRef(state.tabs);
  useEffect(() => {
    const now = new Set(state.tabs.map((t) => t.id));
    for (const tab of before.current) {
      const id = keptBody(tab.answer);
      if (!now.has(tab.id) && id) void host.invoke('http.releaseBody', { id }).catch(() => undefined);
    }
    before.current = state.tabs;
  }, [host, state.tabs]);

  const go = useCallback(
    async (id: string, request: SendRequest) => {
      dispatch({ type: 'answer', id, change: (a) => ({ ...a, pendingId: request.requestId, error: undefined, confirm: undefined }) });
      try {
        const response = await host.invoke('http.send', request);
        const previous = keptBody(latest.current.tabs.find((t) => t.id === id)?.answer);
        dispatch({ type: 'answer', id, change: (a) => (a.pendingId === request.requestId ? { exchange: { request, response } } : a) });
        const next = response.body.kind === 'large' || response.body.kind === 'binary' ? response.body.id : undefined;
        if (previous && previous !== next) void host.invoke('http.releaseBody', { id: previous }).catch(() => undefined);
      } catch (thrown) {
        const error: AppError = thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'The request could not be sent.' };
        dispatch({
          type: 'answer',
          id,
          change: (a) => {
            if (a.pendingId !== request.requestId) return a;
            const { pendingId: _done, ...rest } = a;
            return error.code === 'confirm_required' ? { ...rest, confirm: { request, message: error.message } } : { ...rest, error };
          },
        });
      }
    },
    [host],
  );

  const value = useMemo<Workspace>(() => {
    const findTab = (id: string) => state.tabs.find((t) => t.id === id);
    const openTab = (tab: Omit<OpenTab, 'id' | 'dirty'> & { dirty?: boolean }) => dispatch({ type: 'open', tab: { dirty: false, ...tab, id: newTabId() } });
    const existing = (source: TabSource) => state.tabs.find((t) => sameSource(t.source, source));
    return {
      tabs: state.tabs,
      active: state.tabs.find((t) => t.id === state.activeId),
      loaded,
      saved: version === savedVersion,
      openOperation(specId, operationId, options = {}) {
        openTab({ source: { kind: 'operation', specId, operationId }, title: options.title ?? operationId, request: placeholder(specId, operationId), preview: !options.pin });
      },
      async openSaved(collectionId, itemId, options = {}) {
        const source: TabSource = { kind: 'saved', collectionId, itemId };
        const open = existing(source);
        if (open) {
          dispatch({ type: 'activate', id: open.id });
          if (options.pin) dispatch({ type: 'pin', id: open.id });
          return;
        }
        const view = await host.invoke('collections.getRequest', { collectionId, itemId });
        openTab({ source, title: view.item.name, request: view.item.request, preview: !options.pin });
      },
      openBlank() {
        openTab({ source: { kind: 'blank' }, title: 'New request', request: blankRequest(), preview: false });
      },
      reopen(entry) {
        const exchange = historyExchange(entry);
        openTab({
          source: { kind: 'history', historyId: entry.id },
          title: historyTitle(entry),
          request: entry.request,
          preview: false,
          ...(entry.environmentId !== undefined && { environmentId: entry.environmentId }),
          answer: exchange ? { exchange } : entry.errorMessage ? { error: { code: 'network', message: entry.errorMessage } } : {},
        });
      },
      activate: (id) => dispatch({ type: 'activate', id }),
      close: (id) => dispatch({ type: 'close', id }),
      pin: (id) => dispatch({ type: 'pin', id }),
      cycle: (step) => dispatch({ type: 'cycle', step }),
      move: (id, index) => dispatch({ type: 'move', id, index }),
      edit: (id, patch, options = {}) => dispatch({ type: 'edit', id, patch, ...options }),
      markSaved: (id, place, request) =>
        dispatch({ type: 'saved', id, source: { kind: 'saved', collectionId: place.collectionId, itemId: place.itemId }, title: place.name, ...(request && { request }) }),
      send(id, request) {
        const tab = findTab(id);
        const environment = tab?.environmentId !== undefined ? environments?.find((e) => e.id === tab.environmentId) : activeEnvironment;
        if (environment) {
          const verdict = checkSafeMode({ method: request.method, environment, confirmed: request.confirmed ?? false });
          if (!verdict.allowed && verdict.code === 'read_only') return dispatch({ type: 'answer', id, change: (a) => ({ ...a, error: { code: 'read_only', message: verdict.message } }) });
          if (!verdict.allowed) return dispatch({ type: 'answer', id, change: (a) => ({ ...a, confirm: { request, message: verdict.message } }) });
        }
        void go(id, request);
      },
      confirmSend(id) {
        const confirm = findTab(id)?.answer?.confirm;
        dispatch({ type: 'answer', id, change: ({ confirm: _asked, ...rest }) => rest });
        if (confirm) void go(id, { ...confirm.request, confirmed: true });
      },
      dismissConfirm: (id) => dispatch({ type: 'answer', id, change: ({ confirm: _asked, ...rest }) => rest }),
      cancel(id) {
        const pendingId = findTab(id)?.answer?.pendingId;
        if (pendingId) void host.invoke('http.cancel', { requestId: pendingId }).catch(() => undefined);
      },
    };
  }, [state, loaded, version, savedVersion, host, go, environments, activeEnvironment]);

  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The window's workspace. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside WorkspaceProvider');
  return workspace;
}
