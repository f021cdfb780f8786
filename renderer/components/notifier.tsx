/** Short messages at the bottom of the window ("Imported DSCC API — 596 endpoints"). */
import Alert, { type AlertColor } from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/** One message. */
export interface Notice {
  message: string;
  severity?: AlertColor;
  /** Optional button inside the message. */
  action?: { label: string; onClick(): void };
  /** Called once when the message goes without its button being pressed (timed out, closed, replaced). */
  onDismiss?(): void;
}

const NotifyContext = createContext<(notice: Notice) => void>(() => undefined);

/** Shows notices one at a time. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<(Notice & { key: number }) | undefined>();
  const shown = useRef<Notice | undefined>(undefined);
  // The message on screen goes: whatever waits for it to go (an Undo's deletion) can now happen.
  const dismiss = useCallback((actedOn = false) => {
    const gone = shown.current;
    shown.current = undefined;
    if (gone && !actedOn) gone.onDismiss?.();
  }, []);
  const notify = useCallback(
    (next: Notice) => {
      dismiss();
      shown.current = next;
      setNotice({ ...next, key: Date.now() });
    },
    [dismiss],
  );
  const close = useCallback(() => {
    dismiss();
    setNotice(undefined);
  }, [dismiss]);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== undefined}
        autoHideDuration={notice?.severity === 'error' ? 10_000 : notice?.action ? 8_000 : 5_000}
        onClose={(_e, reason) => reason !== 'clickaway' && close()}
        // Over the sidebar's foot, above the status bar: never over the answer's paging bar or the Send button.
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        sx={{ left: { xs: 12, sm: 12 }, right: 'auto', bottom: { xs: 36, sm: 36 }, maxWidth: 316 }}
      >
        <Alert severity={notice?.severity ?? 'success'} variant="filled" onClose={close} sx={{ width: '100%' }}>
          {notice?.message}
          {/* The action sits under the words: the notice is narrow, over the sidebar. */}
          {notice?.action && (
            <Button color="inherit" size="small" variant="outlined" sx={{ display: 'flex', mt: 1, borderColor: 'currentColor' }}
              onClick={() => { dismiss(true); notice.action?.onClick(); setNotice(undefined); }}>
              {notice.action.label}
            </Button>
          )}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

/** The function that shows a notice. */
export function useNotify(): (notice: Notice) => void {
  return useContext(NotifyContext);
}
