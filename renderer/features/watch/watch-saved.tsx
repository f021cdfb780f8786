/** "Watch…" on a saved request in the Collections tab: the request as a tab opened from it would send it. */
import { useState, type ReactNode } from 'react';
import { useNotify } from '../../components/notifier';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { useActiveEnvironment } from '../environments';
import type { WatchDialogTarget } from './watch-dialog';
import { WatchDialogHost } from './watch-dialog-host';
import { watchRequestOfSaved } from './watch-request';

/** Opens the watch dialog for a saved request; render `dialog` where the caller is. */
export function useWatchSaved(): { open(collectionId: string, itemId: string): void; dialog: ReactNode } {
  const host = useHost();
  const notify = useNotify();
  const environment = useActiveEnvironment();
  const [target, setTarget] = useState<WatchDialogTarget>();
  const open = (collectionId: string, itemId: string) => {
    host.invoke('collections.getRequest', { collectionId, itemId }).then(
      (view) => {
        const request = watchRequestOfSaved(view.item.request, { collectionId, itemId }, environment?.id);
        if (!request) return notify({ severity: 'info', message: `Only GET and HEAD requests can be watched: repeating a ${view.item.request.method} would change something each time.` });
        setTarget({ kind: 'start', request, name: view.item.name, origin: { kind: 'saved', id: itemId } });
      },
      (error: unknown) => notify({ severity: 'error', message: appErrorOf(error).message }),
    );
  };
  return { open, dialog: target && <WatchDialogHost target={target} onClose={() => setTarget(undefined)} /> };
}
