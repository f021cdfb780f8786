/** The global variables: the last place a `{{name}}` is looked up, after collection variables. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { RequestRow } from '../../../shared/model/request';
import { RowsEditor } from '../../components/rows-editor';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { useGlobals } from './use-collections';

/** The dialog; mount it to open it. */
export function GlobalsDialog({ onClose }: { onClose(): void }) {
  const host = useHost();
  const titleId = useId();
  const globals = useGlobals();
  const [rows, setRows] = useState<RequestRow[]>();
  const [problem, setProblem] = useState<string>();
  const shown = rows ?? globals;
  const save = () =>
    host.invoke('globals.update', { variables: shown.filter((r) => r.key.trim() !== '' || r.value !== '') }).then(onClose, (error: unknown) => setProblem(appErrorOf(error).message));
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby={titleId} data-testid="globals-dialog">
      <DialogTitle id={titleId}>Global variables</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
          Every request can use these. A variable of the same name in the request, its folders, the environment or its collection wins.
        </Typography>
        <RowsEditor rows={shown} onChange={setRows} label="Global variables" keyTitle="Variable" testId="globals-table" />
        {problem && <Alert severity="error">{problem}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()}>Save</Button>
      </DialogActions>
    </Dialog>
  );
}
