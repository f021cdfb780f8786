/** "Manage connections": saved API credentials on the left, the selected one's form on the right. */
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Button from '@mui/material/Button';
import { EmptyState } from '../../components/empty-state';
import { useEnvironments } from '../environments';
import { ConnectionDetail } from './connection-detail';
import { ConnectionList } from './connection-list';
import { EnvOfferBanner } from './env-offer-banner';
import { ManageDialog } from '../../components/dialogs/manage-dialog';
import { useConnectionEditor } from './use-connection-editor';
import { useConnections } from './use-connections';
import { useUnsavedGuard } from '../../components/dialogs/use-unsaved-guard';

interface ConnectionsDialogProps {
  /** The connection to open first, or `'new'` to start adding one. */
  initialId?: string;
  /** Open with "Replace secret" under way (after a token server refused the secret). */
  replaceSecret?: boolean;
  onClose: () => void;
  onManageEnvironments: () => void;
  /** "Set up an environment" for a connection just saved: a new environment linked to it. */
  onSetUpEnvironment?: (connectionId: string) => void;
}

/** The dialog; closing or switching with unsaved edits asks first. */
export function ConnectionsDialog({ initialId, replaceSecret, onClose, onManageEnvironments, onSetUpEnvironment }: ConnectionsDialogProps) {
  const { connections, error, reload } = useConnections();
  const { environments } = useEnvironments();
  const editor = useConnectionEditor(connections, reload, initialId, replaceSecret);
  const { guard, dialog } = useUnsavedGuard(editor.dirty, editor.saved ? `“${editor.saved.name}”` : 'the new connection');

  return (
    <ManageDialog
      title="Connections"
      subtitle="API clients Shoreline gets tokens for. Secrets stay in your system keychain."
      testId="connections-dialog"
      onClose={() => guard(onClose)}
      banner={<EnvOfferBanner connections={connections} onAccepted={(c) => guard(() => void reload().then(() => editor.show(c)))} />}
      list={<ConnectionList connections={connections} error={error} selected={editor.selected} onSelect={(id) => guard(() => editor.select(id))} />}
    >
      {editor.selected === undefined || (editor.selected !== 'new' && !editor.saved) ? (
        connections !== undefined && (
          <EmptyState
            icon={<KeyOutlined />}
            title="Choose a connection"
            actions={
              <Button variant="contained" onClick={() => editor.select('new')}>
                Add connection
              </Button>
            }
          >
            Pick a connection on the left, or add the client ID and secret you created in the GreenLake console (Manage workspace › API).
          </EmptyState>
        )
      ) : (
        <ConnectionDetail key={editor.selected} editor={editor} environments={environments} 
          onSetUpEnvironment={(id) => guard(() => (onSetUpEnvironment ? onSetUpEnvironment(id) : onManageEnvironments()))} guard={guard} />
      )}
      {dialog}
    </ManageDialog>
  );
}
