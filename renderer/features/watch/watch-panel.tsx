/**
 * The Watch tab: every watch with its state in words, what is new since the user last looked, and
 * stop, resume, change, remove and mark seen. Loaded only when the tab is first opened.
 */
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { WatchInfo } from '../../../shared/contract/watch';
import { ConfirmDialog } from '../../components/dialogs/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { useElapsed } from '../../components/hooks/use-ticker';
import { useNotify } from '../../components/notifier';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { useWatches } from './use-watches';
import { WatchCard, type WatchCardActions } from './watch-card';
import { WatchDialogHost } from './watch-dialog-host';
import { WatchItemsDialog } from './watch-items-dialog';

/** The Watch sidebar tab. */
export function WatchPanel() {
  const host = useHost();
  const notify = useNotify();
  const { watches, error } = useWatches();
  const [showing, setShowing] = useState<string>();
  const [editing, setEditing] = useState<WatchInfo>();
  const [removing, setRemoving] = useState<WatchInfo>();
  // Countdowns ("retrying in 14 s") follow the times main sent; a quarter-second tick keeps them on the second.
  const [mountedAt] = useState(() => Date.now());
  const nowMs = mountedAt + useElapsed(250);

  const actions = useMemo<WatchCardActions>(() => {
    const run = (promise: Promise<unknown>) => promise.catch((thrown: unknown) => notify({ severity: 'error', message: appErrorOf(thrown).message }));
    return {
      show: (watch) => setShowing(watch.id),
      edit: setEditing,
      stop: (watch) => void run(host.invoke('watch.stop', { id: watch.id })),
      resume: (watch) => void run(host.invoke('watch.resume', { id: watch.id })),
      remove: setRemoving,
      markSeen: (watch) => void run(host.invoke('watch.markSeen', { id: watch.id })),
    };
  }, [host, notify]);

  const shown = watches?.find((w) => w.id === showing);
  return (
    <Box data-testid="watch-panel" sx={{ display: 'flex', flexDirection: 'column' }}>
      <Typography variant="body2" color="textSecondary" sx={{ px: 1.5, pt: 1.5, pb: 1 }}>
        Requests Shoreline checks again and again, showing only what is new.
      </Typography>
      {error && <Alert severity="error" sx={{ mx: 1.5 }}>{error}</Alert>}
      {watches?.length === 0 && (
        <EmptyState icon={<VisibilityOutlined />} title="Nothing watched yet" testId="watch-empty">
          Open a GET request that lists something — the audit log, say — and press Watch beside Send. New items show up here, with a count on this tab.
        </EmptyState>
      )}
      {watches && watches.length > 0 && (
        <Box component="ul" aria-label="Watches" sx={{ m: 0, p: 0 }}>
          {watches.map((watch) => <WatchCard key={watch.id} watch={watch} nowMs={nowMs} actions={actions} />)}
        </Box>
      )}
      {shown && <WatchItemsDialog watch={shown} onClose={() => setShowing(undefined)} />}
      {editing && <WatchDialogHost target={{ kind: 'edit', watch: editing }} onClose={() => setEditing(undefined)} />}
      <ConfirmDialog
        open={removing !== undefined}
        title={`Remove the watch “${removing?.name ?? ''}”?`}
        confirmLabel="Remove"
        destructive
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          if (removing) host.invoke('watch.remove', { id: removing.id }).catch((thrown: unknown) => notify({ severity: 'error', message: appErrorOf(thrown).message }));
          setRemoving(undefined);
        }}
      >
        It stops checking, and the items it found are forgotten. The request itself is not changed.
      </ConfirmDialog>
    </Box>
  );
}
