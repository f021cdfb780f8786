/** Asks for the address of an OpenAPI file to import; a failure is said inside the dialog, and cleared when the address changes. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { AppError } from '../../../shared/errors';

/** The "Import from a URL" dialog; `onImport` resolves to the error, or undefined when the import worked. */
export function ImportUrlDialog({ open, onClose, onImport, busy }: { open: boolean; onClose(): void; onImport(url: string): Promise<AppError | undefined>; busy: boolean }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<AppError>();
  const valid = /^https?:\/\/\S+$/i.test(url.trim());
  const close = () => {
    setError(undefined);
    onClose();
  };
  const submit = async () => {
    if (!valid) return;
    setError(undefined);
    const failure = await onImport(url.trim());
    if (failure) return setError(failure);
    setUrl('');
    close();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="import-url-title">
      <DialogTitle id="import-url-title">Import an API spec from a URL</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Paste the address of an OpenAPI or Swagger file (YAML or JSON), for example the storage-api.yaml link on the Data Services Cloud Console's API page.
        </DialogContentText>
        <TextField
          autoFocus
          fullWidth
          label="Address"
          placeholder="https://console-us1.data.cloud.hpe.com/doc/api/v1/storage-api.yaml"
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setError(undefined);
          }}
          onKeyDown={(e) => e.key === 'Enter' && void submit()}
          error={url.length > 0 && !valid}
          helperText={url.length > 0 && !valid ? 'Enter an address starting with https:// or http://' : ' '}
        />
        {error && (
          <Alert severity="error" data-testid="import-url-error" sx={{ mt: 1 }}>
            {error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => void submit()}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
