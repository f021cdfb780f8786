/**
 * "Copy token": the one place the raw token reaches the renderer. It is asked for only on click,
 * written to the clipboard, and dropped when the handler returns; it never enters React state.
 */
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf } from '../../host/app-error';
import { formatClock } from '../../components/format/countdown';

interface CopyTokenButtonProps {
  connectionId: string;
  expiresAt: number | undefined;
  disabled?: boolean;
  onError: (error: AppError | undefined) => void;
}

const clipboardRefused: AppError = {
  code: 'internal',
  message: 'Your system did not let Shoreline use the clipboard. Click Copy token again; if it keeps failing, restart Shoreline.',
};

/** Copies the token and confirms with its expiry time. */
export function CopyTokenButton({ connectionId, expiresAt, disabled, onError }: CopyTokenButtonProps) {
  const host = useHost();
  const [copied, setCopied] = useState<string>();
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    onError(undefined);
    try {
      const { accessToken } = await host.invoke('connections.copyToken', { connectionId });
      try {
        await navigator.clipboard.writeText(accessToken);
      } catch {
        onError(clipboardRefused);
        return;
      }
      setCopied(expiresAt !== undefined ? `Copied — it expires at ${formatClock(expiresAt)}` : 'Copied to the clipboard');
    } catch (thrown) {
      onError(appErrorOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="outlined" startIcon={<ContentCopyOutlined />} onClick={() => void copy()} disabled={disabled || busy}>
        Copy token
      </Button>
      <Snackbar open={copied !== undefined} autoHideDuration={4000} onClose={() => setCopied(undefined)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}>
        <Alert severity="success" variant="filled" onClose={() => setCopied(undefined)} data-testid="copy-token-confirmation">
          {copied}
        </Alert>
      </Snackbar>
    </>
  );
}
