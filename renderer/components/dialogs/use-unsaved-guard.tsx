/**
 * Asks before throwing away unsaved edits (switching list items, closing a dialog). Returns a
 * `guard(action)` to wrap such moves and the confirm dialog to render.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/** `guard` runs `action` at once when nothing is unsaved, else after the user chooses "Discard". */
export function useUnsavedGuard(dirty: boolean, what: string): { guard: (action: () => void) => void; dialog: ReactNode } {
  const [pending, setPending] = useState<(() => void) | undefined>();
  const guard = useCallback(
    (action: () => void) => {
      if (dirty) setPending(() => action);
      else action();
    },
    [dirty],
  );
  const dialog = (
    <ConfirmDialog
      open={pending !== undefined}
      title="Discard your changes?"
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      destructive
      onCancel={() => setPending(undefined)}
      onConfirm={() => {
        const action = pending;
        setPending(undefined);
        action?.();
      }}
    >
      You changed {what} and have not saved it. If you continue, those changes are lost.
    </ConfirmDialog>
  );
  return { guard, dialog };
}
