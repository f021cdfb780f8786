/** Safe mode's question before a request that can change real data goes out. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { SendRequest } from '../../../shared/contract/http';
import { monoFont } from '../../components/theme/tokens';

/** Asks before sending `request`. */
export function ConfirmSendDialog({ pending, onConfirm, onCancel }: { pending: { request: SendRequest; message: string } | undefined; onConfirm(): void; onCancel(): void }) {
  return (
    <Dialog open={pending !== undefined} onClose={onCancel} aria-labelledby="confirm-send-title">
      <DialogTitle id="confirm-send-title">Send this change?</DialogTitle>
      <DialogContent>
        <DialogContentText>{pending?.message}</DialogContentText>
        <Typography sx={{ mt: 2, fontFamily: monoFont, fontSize: 13, wordBreak: 'break-all' }}>
          {pending?.request.method} {pending?.request.url}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>Don't send</Button>
        <Button color="warning" variant="contained" onClick={onConfirm}>Send {pending?.request.method}</Button>
      </DialogActions>
    </Dialog>
  );
}
