/** Asks for a name (a new collection or folder), saying what went wrong in the user's words. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { appErrorOf } from '../../host/app-error';

interface NameDialogProps {
  title: string;
  label: string;
  initial?: string;
  confirmLabel?: string;
  /** Resolves once done; a rejection is shown under the field. */
  onSubmit(name: string): Promise<unknown>;
  onClose(): void;
}

/** The dialog; mount it to open it. */
export function NameDialog({ title, label, initial = '', confirmLabel = 'Create', onSubmit, onClose }: NameDialogProps) {
  const titleId = useId();
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = () => {
    if (name.trim() === '') return setProblem('Give it a name.');
    setBusy(true);
    onSubmit(name.trim()).then(onClose, (error: unknown) => setProblem(appErrorOf(error).message)).finally(() => setBusy(false));
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={label}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(undefined);
          }}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
          error={problem !== undefined}
          helperText={problem}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={busy}>{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
