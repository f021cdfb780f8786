/** The right pane of the connections dialog: title and actions, the form, Test, and Save. */
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Environment } from '../../../shared/contract/environments';
import { ConfirmDialog } from '../../components/dialogs/confirm-dialog';
import { testPlan } from './connection-draft';
import { ConnectionForm } from './connection-form';
import { ConnectionTest } from './connection-test';
import { ErrorAlert } from '../../components/alerts/error-alert';
import type { ConnectionEditor } from './use-connection-editor';

interface ConnectionDetailProps {
  editor: ConnectionEditor;
  environments: Environment[] | undefined;
  /** Creates an environment for the connection just saved. */
  onSetUpEnvironment: (connectionId: string) => void;
  /** Wraps moves that would lose unsaved edits. */
  guard: (action: () => void) => void;
}

/** Editing (or viewing, for built-in ones) one connection. */
export function ConnectionDetail({ editor, environments, onSetUpEnvironment, guard }: ConnectionDetailProps) {
  const { saved, draft, errors } = editor;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const usedBy = saved ? (environments ?? []).filter((e) => e.connectionId === saved.id) : [];
  const readOnly = saved?.builtIn === true;

  return (
    <Box data-testid="connection-form" sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 3, pt: 2, pb: 1.5 }}>
        <Typography variant="h6" component="h3" noWrap sx={{ flex: 1, minWidth: 0 }}>
          {saved ? saved.name : 'New connection'}
        </Typography>
        {readOnly && <Chip label="Built in" size="small" variant="outlined" />}
        {saved && (
          <>
            <Tooltip title="Duplicate">
              <span>
                <IconButton aria-label="Duplicate connection" onClick={() => guard(() => void editor.duplicate())} disabled={editor.busy} size="small">
                  <ContentCopyOutlined fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={readOnly ? 'Built-in connections cannot be deleted' : 'Delete'}>
              <span>
                <IconButton aria-label="Delete connection" onClick={() => setConfirmDelete(true)} disabled={readOnly || editor.busy} size="small">
                  <DeleteOutlineOutlined fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </>
        )}
      </Box>
      <Box sx={{ flex: 1, overflow: 'auto', px: 3, pt: 1, pb: 3 }}>
        <Box sx={{ maxWidth: 620, display: 'flex', flexDirection: 'column', gap: 2 }}>
          {readOnly && (
            <Alert severity="info">
              This connection is built into Shoreline and talks to the Sandbox, the practice server on your computer. It cannot be changed or deleted; duplicate it to
              experiment.
            </Alert>
          )}
          {editor.justAdded && (
            <Alert
              severity="success"
              action={
                usedBy.length === 0 && saved && (
                  <Button color="inherit" size="small" onClick={() => onSetUpEnvironment(saved.id)}>
                    Set up an environment
                  </Button>
                )
              }
            >
              Saved. The secret is in your system keychain.
              {usedBy.length === 0 && ' Next, choose the region your APIs live in and link this connection to it.'}
            </Alert>
          )}
          {editor.saveError && <ErrorAlert error={editor.saveError} title="Not saved" />}
          {errors[''] && <Alert severity="error">{errors['']}</Alert>}
          <ConnectionForm draft={draft} onChange={editor.change} saved={saved} errors={errors} />
          <Divider />
          <ConnectionTest plan={testPlan(draft, saved)} stamp={editor.stamp} onProblems={editor.showProblems} clientAuth={draft.clientAuth} onSwitchClientAuth={editor.switchClientAuth} />
          {saved && (
            <Typography variant="body2" color="textSecondary">
              {usedBy.length === 0 ? 'No environment uses this connection yet.' : `Used by ${usedBy.map((e) => e.name).join(', ')}.`}
            </Typography>
          )}
        </Box>
      </Box>
      {!readOnly && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 1, px: 3, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
          {editor.dirty && (
            <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
              Unsaved changes
            </Typography>
          )}
          {editor.dirty && saved && (
            <Button color="inherit" onClick={() => editor.show(saved)}>
              Discard changes
            </Button>
          )}
          <Button variant="contained" onClick={() => void editor.save()} disabled={editor.busy || (saved !== undefined && !editor.dirty)}>
            {saved ? 'Save' : 'Save connection'}
          </Button>
        </Box>
      )}
      <ConfirmDialog
        open={confirmDelete && saved !== undefined}
        title={`Delete “${saved?.name ?? ''}”?`}
        confirmLabel="Delete connection"
        destructive
        busy={editor.busy}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void editor.remove();
        }}
      >
        Shoreline forgets this connection and removes its {saved?.kind === 'pasted-token' ? 'token' : 'client secret'} from your system keychain too.
        {usedBy.length > 0 && ` ${usedBy.map((e) => `“${e.name}”`).join(', ')} will have no connection until you choose another.`} The API client itself stays in
        the GreenLake console.
      </ConfirmDialog>
    </Box>
  );
}
