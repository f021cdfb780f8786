/** The notice on screen, at the bottom of the sidebar. Loaded with the first notice (see notifier.tsx). */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { Notice } from './notifier';

interface NoticeSnackbarProps {
  notice: (Notice & { key: number }) | undefined;
  /** The notice goes: timed out or closed. */
  onClose(): void;
  /** Its button was pressed. */
  onAction(notice: Notice): void;
}

/** One notice, or none (closed, so the last one still fades out). */
export function NoticeSnackbar({ notice, onClose, onAction }: NoticeSnackbarProps) {
  return (
    <Snackbar
      key={notice?.key}
      open={notice !== undefined}
      autoHideDuration={notice?.severity === 'error' ? 10_000 : notice?.action ? 8_000 : 5_000}
      onClose={(_e, reason) => reason !== 'clickaway' && onClose()}
      // Over the sidebar's foot, above the status bar: never over the answer's paging bar or the Send button.
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      sx={{ left: { xs: 12, sm: 12 }, right: 'auto', bottom: { xs: 36, sm: 36 }, maxWidth: 316 }}
    >
      <Alert severity={notice?.severity ?? 'success'} variant="filled" onClose={onClose} sx={{ width: '100%' }}>
        {notice?.message}
        {/* The action sits under the words: the notice is narrow, over the sidebar. */}
        {notice?.action && (
          <Button color="inherit" size="small" variant="outlined" sx={{ display: 'flex', mt: 1, borderColor: 'currentColor' }} onClick={() => onAction(notice)}>
            {notice.action.label}
          </Button>
        )}
      </Alert>
    </Snackbar>
  );
}
