/** The workspace feature's public face: the open tabs, and how to open, edit, save and send in them. */
export { WorkspaceProvider, useWorkspace, type SavedPlace, type Workspace } from './workspace-context';
export type { OpenTab, TabAnswer, TabPatch } from './tabs-model';
