/**
 * The header's connection area: the environment picker and the live token chip, plus the dialogs and
 * the token panel they open. Mounted once in the app shell.
 */
import AddLinkOutlined from '@mui/icons-material/AddLinkOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import { Suspense, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { EnvironmentPicker, EnvironmentsDialog, useEnvironments } from '../environments';
import { appErrorOf } from '../../host/app-error';
import { useWindowCommand } from '../../components/window-commands';
import { ConnectionsDialog } from './connections-dialog';
import { TokenChip } from './token-chip';
import { TokenPanel } from './token-panel';
import { useConnections } from './use-connections';
import { useTokenStatus } from './use-token-status';

type Open = { dialog: 'connections'; initialId?: string | undefined; replaceSecret?: boolean | undefined } | { dialog: 'environments'; initialId?: string | undefined; forConnectionId?: string } | undefined;

/** Environment picker + token chip; "Set up a connection" when there is no environment at all. */
export function ConnectionBar({ compact }: { compact?: boolean }) {
  const host = useHost();
  const { environments, active } = useEnvironments();
  const { connections } = useConnections();
  const connection = connections?.find((c) => c.id === active?.connectionId);
  const token = useTokenStatus(connection?.id);
  const [open, setOpen] = useState<Open>();
  const [panelOpen, setPanelOpen] = useState(false);
  const [error, setError] = useState<AppError>();
  // Other parts of the window open the dialog: the first-run guide, "Replace the secret" after a refusal.
  useWindowCommand('openConnections', ({ id, replaceSecret }) => setOpen({ dialog: 'connections', initialId: id ?? connection?.id, replaceSecret }));

  const choose = (id: string) => {
    host.invoke('environments.setActive', { id }).catch((thrown: unknown) => setError(appErrorOf(thrown)));
  };

  let content;
  if (environments === undefined) {
    content = <Skeleton variant="rounded" width={compact ? 160 : 300} height={30} aria-label="Loading environments" />;
  } else if (environments.length === 0) {
    content = (
      <Button variant="contained" size="small" startIcon={<AddLinkOutlined />} onClick={() => setOpen({ dialog: 'connections', initialId: 'new' })}>
        Set up a connection
      </Button>
    );
  } else {
    content = (
      <>
        <Suspense fallback={null}>
          <EnvironmentPicker
            environments={environments}
            active={active}
            compact={compact}
            onChoose={choose}
            onManageEnvironments={() => setOpen({ dialog: 'environments', initialId: active?.id })}
            onManageConnections={() => setOpen({ dialog: 'connections', initialId: connection?.id })}
          />
        </Suspense>
        {active && connections && (
          <TokenChip
            connection={connection}
            token={token}
            onOpenPanel={() => setPanelOpen(true)}
            onLinkConnection={() => setOpen({ dialog: 'environments', initialId: active.id })}
          />
        )}
      </>
    );
  }

  return (
    <Box data-testid="connection-bar" sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      {content}
      {open?.dialog === 'connections' && (
        <ConnectionsDialog
          initialId={open.initialId}
          replaceSecret={open.replaceSecret}
          onClose={() => setOpen(undefined)}
          onManageEnvironments={() => setOpen({ dialog: 'environments', initialId: active?.id })}
          onSetUpEnvironment={(connectionId) => setOpen({ dialog: 'environments', forConnectionId: connectionId })}
        />
      )}
      {open?.dialog === 'environments' && (
        <Suspense fallback={null}>
          <EnvironmentsDialog
            initialId={open.initialId}
            forConnectionId={open.forConnectionId}
            connections={connections}
            onClose={() => setOpen(undefined)}
            onManageConnections={(id) => setOpen({ dialog: 'connections', initialId: id })}
          />
        </Suspense>
      )}
      <TokenPanel open={panelOpen} onClose={() => setPanelOpen(false)} connection={connection} token={token}
        onReplaceSecret={() => {
          setPanelOpen(false);
          setOpen({ dialog: 'connections', initialId: connection?.id, replaceSecret: true });
        }} />
      <Snackbar open={error !== undefined} autoHideDuration={6000} onClose={() => setError(undefined)}>
        <Alert severity="error" onClose={() => setError(undefined)}>
          {error?.message}
        </Alert>
      </Snackbar>
    </Box>
  );
}
