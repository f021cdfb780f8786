/**
 * When Shoreline was started with CLIENTID and CLIENTSECRET set (as in the seeds' scripts), offer to
 * save them as a connection. The secret goes from the environment straight to the keychain in main.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { greenLakeSsoTokenUrl } from '../../../shared/auth/greenlake-endpoints';
import type { Connection } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { useHostQuery } from '../../host/use-host-query';
import { monoFont } from '../../components/theme/tokens';
import { appErrorOf, fieldIssues } from '../../host/app-error';
import { ErrorAlert } from '../../components/alerts/error-alert';
import { TokenUrlField } from './token-url-field';

interface EnvOfferBannerProps {
  connections: Connection[] | undefined;
  onAccepted: (connection: Connection) => void;
}

/** The offer, shown until accepted or dismissed, and never when that client ID is already saved. */
export function EnvOfferBanner({ connections, onAccepted }: EnvOfferBannerProps) {
  const host = useHost();
  // An offer is a convenience: if it cannot be read, there is simply none (the error is not shown).
  const { data: offer } = useHostQuery('connections.envOffer', {});
  const [dismissed, setDismissed] = useState(false);
  const [name, setName] = useState('From environment variables');
  const [tokenUrl, setTokenUrl] = useState(greenLakeSsoTokenUrl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();

  if (!offer || dismissed || connections?.some((c) => !c.builtIn && c.clientId === offer.clientId)) return null;
  const fields = fieldIssues(error);

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onAccepted(await host.invoke('connections.acceptEnvOffer', { name, tokenUrl: tokenUrl.trim() }));
      setDismissed(true);
    } catch (thrown) {
      setError(appErrorOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert severity="info" data-testid="env-offer" sx={{ mx: 3, mb: 1.5, '& .MuiAlert-message': { flex: 1 } }}>
      <AlertTitle>
        Shoreline found CLIENTID and CLIENTSECRET in its environment. Save them as a connection?
      </AlertTitle>
      Client ID <Box component="span" sx={{ fontFamily: monoFont }}>{offer.clientId}</Box>. The secret goes straight to your system keychain.
      <Box sx={{ display: 'flex', gap: 1.5, mt: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          label="Name"
          size="small"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name !== undefined}
          helperText={fields.name}
          sx={{ width: 260 }}
        />
        <Box sx={{ flex: 1, minWidth: 320 }}>
          <TokenUrlField value={tokenUrl} onChange={setTokenUrl} error={fields.tokenUrl} size="small" />
        </Box>
      </Box>
      {error && Object.keys(fields).length === 0 && <ErrorAlert error={error} sx={{ mt: 1 }} />}
      <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
        <Button variant="contained" size="small" onClick={() => void accept()} disabled={busy}>
          Save as a connection
        </Button>
        <Button size="small" color="inherit" onClick={() => setDismissed(true)}>
          Not now
        </Button>
      </Box>
    </Alert>
  );
}
