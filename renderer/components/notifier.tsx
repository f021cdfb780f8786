/** Short messages at the bottom of the window ("Imported DSCC API — 596 endpoints"). */
import type { AlertColor } from '@mui/material/Alert';
import { createContext, lazy, Suspense, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useOnceTrue } from './hooks/use-once-true';

// No notice is on the first screen: the snackbar (and MUI's transitions behind it) loads with the first one.
const NoticeSnackbar = lazy(() => import('./notice-snackbar').then((m) => ({ default: m.NoticeSnackbar })));

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
  const act = useCallback(
    (acted: Notice) => {
      dismiss(true);
      acted.action?.onClick();
      setNotice(undefined);
    },
    [dismiss],
  );
  const everShown = useOnceTrue(notice !== undefined);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {everShown && (
        <Suspense fallback={null}>
          <NoticeSnackbar notice={notice} onClose={close} onAction={act} />
        </Suspense>
      )}
    </NotifyContext.Provider>
  );
}

/** The function that shows a notice. */
export function useNotify(): (notice: Notice) => void {
  return useContext(NotifyContext);
}
