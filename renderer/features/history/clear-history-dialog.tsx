/** Asks before the whole history goes: it cannot be undone. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { pluralItems } from '../../components/format/quantities';

/** The confirmation for "Clear history". */
export function ClearHistoryDialog({ open, total, busy, onCancel, onConfirm }: { open: boolean; total?: number; busy: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <Dialog open={open} onClose={onCancel} maxWidth="xs" fullWidth aria-labelledby="clear-history-title" slotProps={{ paper: { 'data-testid': 'clear-history-dialog' } as object }}>
      <DialogTitle id="clear-history-title">Clear the whole history?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          This removes {total === undefined ? 'every request, not only the ones your search shows,' : pluralItems(total, 'request')} from this computer. It cannot be undone. Your collections,
          connections and environments are not affected.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} color="inherit" autoFocus>Keep history</Button>
        <Button onClick={onConfirm} color="error" variant="contained" disabled={busy}>Clear history</Button>
      </DialogActions>
    </Dialog>
  );
}
