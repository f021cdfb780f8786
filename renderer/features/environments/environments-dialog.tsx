/** "Manage environments": GreenLake regions and other base URLs on the left, the selected one's settings on the right. */
import PublicOutlined from '@mui/icons-material/PublicOutlined';
import type { Connection } from '../../../shared/contract/connections';
import { EmptyState } from '../../components/empty-state';
import { ManageDialog } from '../../components/dialogs/manage-dialog';
import { useUnsavedGuard } from '../../components/dialogs/use-unsaved-guard';
import { EnvironmentDetail } from './environment-detail';
import { EnvironmentList } from './environment-list';
import { useEnvironmentEditor } from './use-environment-editor';
import { useEnvironments } from './environments-context';

interface EnvironmentsDialogProps {
  initialId?: string;
  /** Set up a new environment for this connection: the "New environment" menu opens, and what it creates is linked to it. */
  forConnectionId?: string | undefined;
  /** The saved connections an environment may link to (undefined while loading). */
  connections: Connection[] | undefined;
  onClose: () => void;
  /** Switches to the connections dialog, opening `connectionId` when given. */
  onManageConnections: (connectionId: string | undefined) => void;
}

/** The dialog; closing or switching with unsaved edits asks first. */
export function EnvironmentsDialog({ initialId, forConnectionId, connections, onClose, onManageConnections }: EnvironmentsDialogProps) {
  const { environments, activeId, error, reload } = useEnvironments();
  const editor = useEnvironmentEditor(environments, reload, connections, initialId, forConnectionId);
  const forConnection = connections?.find((c) => c.id === forConnectionId);
  const { guard, dialog } = useUnsavedGuard(editor.dirty, editor.saved ? `“${editor.saved.name}”` : 'this environment');

  return (
    <ManageDialog
      title="Environments"
      subtitle="Where requests go: a base URL and other {{variables}}, and the connection whose token they carry."
      testId="environments-dialog"
      onClose={() => guard(onClose)}
      list={
        <EnvironmentList
          environments={environments}
          activeId={activeId}
          error={error}
          selected={editor.selected}
          busy={editor.busy}
          menuOpenAtStart={forConnectionId !== undefined}
          onSelect={(id) => guard(() => editor.select(id))}
          onCreate={(presetId) => guard(() => void editor.create(presetId))}
        />
      }
    >
      {editor.saved ? (
        <EnvironmentDetail
          key={editor.saved.id}
          editor={editor}
          environment={editor.saved}
          activeId={activeId}
          connections={connections}
          onManageConnections={(id) => guard(() => onManageConnections(id))}
          guard={guard}
        />
      ) : (
        environments !== undefined && (
          <EmptyState icon={<PublicOutlined />} title={forConnection ? `Where do the APIs of “${forConnection.name}” live?` : environments.length ? 'Choose an environment' : 'No environments yet'}>
            {forConnection
              ? `Choose New environment and pick the region, such as Data Services EU Central. The new environment uses “${forConnection.name}”.`
              : environments.length
              ? 'Pick an environment on the left to see its base URL, variables and connection.'
              : 'Choose New environment and pick the region your GreenLake services run in, such as Data Services EU Central.'}
          </EmptyState>
        )
      )}
      {dialog}
    </ManageDialog>
  );
}
