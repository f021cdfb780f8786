/**
 * The watch dialog as the Watch button and the Collections menu open it: loaded on first use, and
 * once a watch starts, a message and the Watch tab.
 */
import { lazy, Suspense } from 'react';
import { useNotify } from '../../components/notifier';
import { runWindowCommand } from '../../components/window-commands';
import type { WatchDialogTarget } from './watch-dialog';

// The dialog is not on the first screen: it loads when first opened.
const WatchDialog = lazy(() => import('./watch-dialog').then((m) => ({ default: m.WatchDialog })));

/** Shows the watch dialog for `target`; `onClose` runs when it is cancelled or done. */
export function WatchDialogHost({ target, onClose }: { target: WatchDialogTarget; onClose: () => void }) {
  const notify = useNotify();
  return (
    <Suspense fallback={null}>
      <WatchDialog
        target={target}
        onClose={onClose}
        onDone={(watch) => {
          onClose();
          const message = target.kind === 'start' ? `Watching “${watch.name}”. New items appear in the Watch tab.` : `Saved the changes to “${watch.name}”.`;
          notify({ message, severity: 'success' });
          if (target.kind === 'start') runWindowCommand('showSidebarTab', { tab: 'watch' });
        }}
      />
    </Suspense>
  );
}
