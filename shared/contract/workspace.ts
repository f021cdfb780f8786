/**
 * Commands of the workspace: the open tabs and their drafts, kept across restarts. The window saves
 * the whole list shortly after each change (answers are not kept).
 */
import { z } from 'zod';
import { workspaceSchema, type Workspace } from '../model/workspace';
import { command } from './define';

export type { TabSource, Workspace, WorkspaceTab } from '../model/workspace';

/** The workspace domain of the contract. */
export const workspaceCommands = {
  /** The tabs that were open, and the one that was shown. */
  'workspace.get': command<Workspace>()(z.object({}).strict()),
  /** Keeps the open tabs (their requests as edited) for the next start. */
  'workspace.save': command<void>()(workspaceSchema),
};
