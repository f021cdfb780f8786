/**
 * The open tabs as pure state and actions, so every rule is unit-tested without a screen: opening
 * the same request again shows its tab; a single click in a sidebar previews in one reusable tab
 * (italic) that an edit or a double click pins, as in VS Code and Postman; closing shows the
 * neighbour; Ctrl+Tab cycles. Each tab keeps its request (the model, and the builder's draft for a
 * spec operation) and its last answer, which live only in memory.
 */
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { AppError } from '../../../shared/errors';
import type { SavedRequest } from '../../../shared/model/request';
import type { TabSource, Workspace, WorkspaceTab } from '../../../shared/model/workspace';
import type { RequestDraft } from '../../../shared/openapi/request-draft';

/** A tab's last send: its answer, or what stopped it. */
export interface TabAnswer {
  exchange?: { request: SendRequest; response: HttpResponse };
  /** The request out now; its answer replaces `exchange`. */
  pendingId?: string;
  error?: AppError;
  /** A request waiting for the user's confirmation (safe mode). */
  confirm?: { request: SendRequest; message: string };
}

/** An open tab: what is kept across restarts, plus what lives only in memory. */
export interface OpenTab extends WorkspaceTab {
  /** The builder's draft for a spec operation (its rows carry the operation's rules). */
  draft?: RequestDraft;
  answer?: TabAnswer;
}

/** What an edit may change; a function of the tab as it is then, so quick edits build on each other. */
export type TabPatch = Partial<Pick<OpenTab, 'request' | 'draft' | 'title' | 'subTab' | 'environmentId'>>;

/** All open tabs. */
export interface TabsState {
  tabs: OpenTab[];
  activeId: string | null;
}

/** What can happen to the tabs. */
export type TabsAction =
  | { type: 'restore'; workspace: Workspace }
  | { type: 'open'; tab: OpenTab }
  | { type: 'activate'; id: string }
  | { type: 'close'; id: string }
  | { type: 'pin'; id: string }
  | { type: 'edit'; id: string; patch: TabPatch | ((tab: OpenTab) => TabPatch); dirty?: boolean; pin?: boolean }
  | { type: 'saved'; id: string; source: TabSource; title: string; request?: SavedRequest }
  | { type: 'answer'; id: string; change: (answer: TabAnswer) => TabAnswer }
  | { type: 'cycle'; step: 1 | -1 }
  | { type: 'move'; id: string; index: number };

/** True when two sources are the same request (a blank one is never the same as another). */
export function sameSource(a: TabSource, b: TabSource): boolean {
  switch (a.kind) {
    case 'operation':
      return b.kind === 'operation' && a.specId === b.specId && a.operationId === b.operationId;
    case 'saved':
      return b.kind === 'saved' && a.collectionId === b.collectionId && a.itemId === b.itemId;
    case 'history':
      return b.kind === 'history' && a.historyId === b.historyId;
    case 'blank':
      return false;
  }
}

const patchTab = (state: TabsState, id: string, change: (tab: OpenTab) => OpenTab): TabsState => ({
  ...state,
  tabs: state.tabs.map((tab) => (tab.id === id ? change(tab) : tab)),
});

/**
 * Opens `action.tab`: the tab of the same request if one is open (pinned when asked for a pinned
 * one), else in place of the preview tab when it is a preview, else right after the active tab.
 */
function open(state: TabsState, tab: OpenTab): TabsState {
  const existing = state.tabs.find((t) => sameSource(t.source, tab.source));
  if (existing) {
    const pinned = tab.preview ? existing : { ...existing, preview: false };
    return { tabs: state.tabs.map((t) => (t.id === existing.id ? pinned : t)), activeId: existing.id };
  }
  const previewAt = tab.preview ? state.tabs.findIndex((t) => t.preview && !t.dirty) : -1;
  if (previewAt >= 0) return { tabs: state.tabs.map((t, i) => (i === previewAt ? tab : t)), activeId: tab.id };
  const activeAt = state.tabs.findIndex((t) => t.id === state.activeId);
  const at = activeAt < 0 ? state.tabs.length : activeAt + 1;
  return { tabs: [...state.tabs.slice(0, at), tab, ...state.tabs.slice(at)], activeId: tab.id };
}

/** The tabs after `action`. */
export function tabsReducer(state: TabsState, action: TabsAction): TabsState {
  switch (action.type) {
    case 'restore':
      return { tabs: action.workspace.tabs, activeId: action.workspace.activeId ?? action.workspace.tabs[0]?.id ?? null };
    case 'open':
      return open(state, action.tab);
    case 'activate':
      return state.tabs.some((t) => t.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'close': {
      const at = state.tabs.findIndex((t) => t.id === action.id);
      if (at < 0) return state;
      const tabs = state.tabs.filter((t) => t.id !== action.id);
      // Closing the shown tab shows its right neighbour (else the left one), as browsers do.
      const activeId = state.activeId !== action.id ? state.activeId : (tabs[Math.min(at, tabs.length - 1)]?.id ?? null);
      return { tabs, activeId };
    }
    case 'pin':
      return patchTab(state, action.id, (tab) => (tab.preview ? { ...tab, preview: false } : tab));
    case 'edit':
      return patchTab(state, action.id, (tab) => ({
        ...tab,
        ...(typeof action.patch === 'function' ? action.patch(tab) : action.patch),
        ...(action.pin && { preview: false }),
        ...(action.dirty !== undefined && { dirty: action.dirty || tab.dirty }),
      }));
    case 'saved':
      return patchTab(state, action.id, (tab) => ({ ...tab, source: action.source, title: action.title, dirty: false, preview: false, ...(action.request && { request: action.request }) }));
    case 'answer':
      return patchTab(state, action.id, (tab) => ({ ...tab, answer: action.change(tab.answer ?? {}) }));
    case 'cycle': {
      if (state.tabs.length === 0) return state;
      const at = Math.max(0, state.tabs.findIndex((t) => t.id === state.activeId));
      const next = (at + action.step + state.tabs.length) % state.tabs.length;
      return { ...state, activeId: state.tabs[next]!.id };
    }
    case 'move': {
      const tab = state.tabs.find((t) => t.id === action.id);
      if (!tab) return state;
      const rest = state.tabs.filter((t) => t.id !== action.id);
      const at = Math.max(0, Math.min(action.index, rest.length));
      return { ...state, tabs: [...rest.slice(0, at), tab, ...rest.slice(at)] };
    }
  }
}

/** What is kept of the tabs across a restart: no drafts (the request model carries them) and no answers. */
export function persisted(state: TabsState): Workspace {
  return {
    tabs: state.tabs.map(({ draft: _draft, answer: _answer, ...kept }) => kept),
    activeId: state.activeId,
  };
}

/** A fresh tab id. */
export function newTabId(): string {
  return `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
