/** Handlers of the `workspace.*` commands: the open tabs kept across restarts. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { workspaceCommands } from '../../shared/contract/workspace';
import type { WorkspaceService } from '../services/workspace/workspace-service';

/** The `workspace.*` part of the handler table. */
export function workspaceHandlers({ workspace }: { workspace: WorkspaceService }): DomainHandlers<typeof workspaceCommands> {
  return {
    'workspace.get': async () => workspace.get(),
    'workspace.save': async (input) => workspace.save(input),
  };
}
