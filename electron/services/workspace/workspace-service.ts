/** The open tabs and their drafts (`workspace.json`), kept for the next start; answers are not kept. */
import { workspaceSchema, workspaceTabSchema, type Workspace } from '../../../shared/model/workspace';
import type { DocumentDefinition, DocumentStore } from '../store/document-store';
import { readableRecords } from '../store/salvage';

/** `workspace.json`: a tab the schema refuses is left out, the others come back. */
export const workspaceDocument: DocumentDefinition<Workspace> = {
  file: 'workspace.json',
  label: 'your open tabs',
  schema: workspaceSchema,
  migrations: [(v0) => v0],
  defaults: () => ({ tabs: [], activeId: null }),
  salvage(data) {
    const tabs = readableRecords((data as { tabs?: unknown } | null)?.tabs, workspaceTabSchema);
    if (!tabs || tabs.lost === 0) return undefined;
    const activeId = (data as { activeId?: unknown }).activeId;
    return {
      value: { tabs: tabs.kept, activeId: typeof activeId === 'string' && tabs.kept.some((t) => t.id === activeId) ? activeId : (tabs.kept[0]?.id ?? null) },
      lost: `${tabs.lost} tab${tabs.lost === 1 ? '' : 's'}`,
    };
  },
};

/** The workspace service's public face. */
export interface WorkspaceService {
  get(): Workspace;
  save(workspace: Workspace): void;
}

/** Creates the workspace service. */
export function createWorkspaceService(stores: DocumentStore): WorkspaceService {
  const document = stores.open(workspaceDocument);
  return {
    get: () => document.get(),
    save(workspace) {
      // The active tab must be one of the tabs; anything else means none.
      const activeId = workspace.tabs.some((t) => t.id === workspace.activeId) ? workspace.activeId : (workspace.tabs[0]?.id ?? null);
      document.set({ tabs: workspace.tabs, activeId });
    },
  };
}
