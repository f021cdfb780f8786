/** Safe mode's question before a request that can change real data goes out: the real address, host first. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { SendRequest } from '../../../shared/contract/http';
import { displayUrl } from '../../../shared/http/display-url';
import { hostOf } from '../../../shared/http/query';
import { interpolate } from '../../../shared/model/variables';
import { monoFont } from '../../components/theme/tokens';
import { useEnvironments } from '../environments';

/** The request's address with the environment's `{{variables}}` filled in, as main will send it (decoded for reading). */
function realAddress(url: string, variables: Record<string, string> | undefined): string {
  return displayUrl(interpolate(url, variables ?? {}).text);
}

/** Asks before sending `request`. */
export function ConfirmSendDialog({ pending, onConfirm, onCancel }: { pending: { request: SendRequest; message: string } | undefined; onConfirm(): void; onCancel(): void }) {
  const { environments } = useEnvironments();
  const environment = environments?.find((e) => e.id === pending?.request.environmentId);
  const address = pending ? realAddress(pending.request.url, environment?.variables) : '';
  const host = hostOf(address);
  return (
    <Dialog open={pending !== undefined} onClose={onCancel} aria-labelledby="confirm-send-title">
      <DialogTitle id="confirm-send-title">Send this change?</DialogTitle>
      <DialogContent>
        <DialogContentText>{pending?.message}</DialogContentText>
        {host && (
          <Typography sx={{ mt: 2 }} data-testid="confirm-send-host">
            It goes to <Box component="strong" sx={{ fontFamily: monoFont }}>{host}</Box>
            {environment && ` (${environment.name})`}.
          </Typography>
        )}
        <Typography data-testid="confirm-send-address" sx={{ mt: 1, fontFamily: monoFont, fontSize: 13, wordBreak: 'break-all' }}>
          {pending?.request.method} {address}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>Don't send</Button>
        <Button color="warning" variant="contained" onClick={onConfirm}>Send {pending?.request.method}</Button>
      </DialogActions>
    </Dialog>
  );
}
