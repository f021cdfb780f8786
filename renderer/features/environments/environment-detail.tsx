/** The right pane of the environments dialog: title, "Use this environment", duplicate/delete, the form and Save. */
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Connection } from '../../../shared/contract/connections';
import type { Environment } from '../../../shared/contract/environments';
import { ConfirmDialog } from '../../components/dialogs/confirm-dialog';
import { ErrorAlert } from '../../components/alerts/error-alert';
import { EnvironmentDot, ReadOnlyMark, SandboxChip } from './environment-badge';
import { EnvironmentForm } from './environment-form';
import type { EnvironmentEditor } from './use-environment-editor';

interface EnvironmentDetailProps {
  editor: EnvironmentEditor;
  environment: Environment;
  activeId: string | null;
  connections: Connection[] | undefined;
  onManageConnections: (connectionId: string | undefined) => void;
  guard: (action: () => void) => void;
}

/** Editing (or, for the built-in Sandbox, viewing) one environment. */
export function EnvironmentDetail({ editor, environment, activeId, connections, onManageConnections, guard }: EnvironmentDetailProps) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { draft } = editor;
  const active = environment.id === activeId;
  if (!draft) return null;
  return (
    <Box data-testid="environment-form" sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 3, pt: 2, pb: 1.5 }}>
        <EnvironmentDot environment={environment} />
        <Typography variant="h6" component="h3" noWrap sx={{ minWidth: 0 }}>
          {environment.name}
        </Typography>
        {environment.isSandbox && environment.name.trim().toLowerCase() !== 'sandbox' && <SandboxChip />}
        {environment.readOnly && <ReadOnlyMark />}
        <Box sx={{ flex: 1 }} />
        {active ? (
          <Chip icon={<CheckCircleOutlined />} label="In use" color="primary" variant="outlined" size="small" />
        ) : (
          <Button size="small" variant="outlined" onClick={() => void editor.activate()} disabled={editor.busy}>
            Use this environment
          </Button>
        )}
        <Tooltip title="Duplicate">
          <span>
            <IconButton aria-label="Duplicate environment" size="small" onClick={() => guard(() => void editor.duplicate())} disabled={editor.busy}>
              <ContentCopyOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={environment.builtIn ? 'Built-in environments cannot be deleted' : 'Delete'}>
          <span>
            <IconButton aria-label="Delete environment" size="small" onClick={() => setConfirmDelete(true)} disabled={environment.builtIn || editor.busy}>
              <DeleteOutlineOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
      <Box sx={{ flex: 1, overflow: 'auto', px: 3, pt: 1, pb: 3 }}>
        <Box sx={{ maxWidth: 720, display: 'flex', flexDirection: 'column', gap: 2 }}>
          {environment.isSandbox && (
            <Alert severity="info">
              The Sandbox is a practice GreenLake that runs on your computer. Requests here never touch real systems, so Shoreline does not ask before POST, PUT,
              PATCH or DELETE. It is built in: it cannot be changed or deleted, but you can duplicate it.
            </Alert>
          )}
          {!environment.isSandbox && environment.builtIn && <Alert severity="info">This environment is built into Shoreline. Duplicate it to make your own copy.</Alert>}
          {editor.error && <ErrorAlert error={editor.error} title="That did not work" />}
          {editor.problems.other && <Alert severity="error">{editor.problems.other}</Alert>}
          <EnvironmentForm
            draft={draft}
            onChange={editor.change}
            connections={connections}
            problems={editor.problems}
            readOnly={environment.builtIn}
            onManageConnections={onManageConnections}
          />
        </Box>
      </Box>
      {!environment.builtIn && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 1, px: 3, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
          {editor.dirty && (
            <>
              <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
                Unsaved changes
              </Typography>
              <Button color="inherit" onClick={() => editor.show(environment)}>
                Discard changes
              </Button>
            </>
          )}
          <Button variant="contained" onClick={() => void editor.save()} disabled={editor.busy || !editor.dirty}>
            Save
          </Button>
        </Box>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete “${environment.name}”?`}
        confirmLabel="Delete environment"
        destructive
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void editor.remove();
        }}
      >
        Its variables are removed. The connection it uses is kept.
        {active && ' It is the environment in use now; choose another one afterwards.'}
      </ConfirmDialog>
    </Box>
  );
}
