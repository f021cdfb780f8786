/** Asks for the address of an OpenAPI file to import. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

/** The "Import from a URL" dialog; `onImport` resolves true when the import worked. */
export function ImportUrlDialog({ open, onClose, onImport, busy }: { open: boolean; onClose(): void; onImport(url: string): Promise<boolean>; busy: boolean }) {
  const [url, setUrl] = useState('');
  const valid = /^https?:\/\/\S+$/i.test(url.trim());
  const submit = async () => {
    if (valid && (await onImport(url.trim()))) {
      setUrl('');
      onClose();
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="import-url-title">
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
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void submit()}
          error={url.length > 0 && !valid}
          helperText={url.length > 0 && !valid ? 'Enter an address starting with https:// or http://' : ' '}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => void submit()}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
