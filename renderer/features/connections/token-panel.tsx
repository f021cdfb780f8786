/** The token panel: a right-hand drawer with the active connection's token state, countdown, decoded claims, Renew and Copy. */
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { Connection, TokenStatus } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { EmptyState } from '../../components/empty-state';
import { claimRows, headerRows } from './claim-rows';
import { CopyTokenButton } from './copy-token-button';
import { ErrorAlert } from '../../components/alerts/error-alert';
import { TokenLifetime } from './token-lifetime';
import { TokenPartTable } from './token-part-table';
import type { TokenState } from './use-token-status';

interface TokenPanelProps {
  open: boolean;
  onClose: () => void;
  connection: Connection | undefined;
  token: TokenState;
  /** Opens the connection with "Replace secret" under way (offered when the token server refused the secret). */
  onReplaceSecret?: () => void;
}

const stateChip: Record<TokenStatus['state'], { label: string; color: 'success' | 'default' | 'error' }> = {
  valid: { label: 'Valid', color: 'success' },
  none: { label: 'No token yet', color: 'default' },
  expired: { label: 'Expired', color: 'error' },
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ mt: 3 }}>
      <Typography variant="overline" color="textSecondary" component="h3" sx={{ fontWeight: 700, letterSpacing: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The drawer; the raw token is never shown, only copied on request. */
export function TokenPanel({ open, onClose, connection, token, onReplaceSecret }: TokenPanelProps) {
  const titleId = useId();
  const [copyError, setCopyError] = useState<AppError>();
  const status = token.status;
  const pasted = connection?.kind === 'pasted-token';
  const claims = claimRows(status?.claims);
  const header = headerRows(status?.header);
  const error = token.error ?? copyError;

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-labelledby': titleId, 'data-testid': 'token-panel', sx: { width: 480, maxWidth: '100vw' } } as object }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2.5, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <KeyOutlined color="primary" fontSize="small" />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id={titleId} variant="h6" component="h2">
            Access token
          </Typography>
          <Typography variant="body2" color="textSecondary" noWrap>
            {connection ? `${connection.name} · ${pasted ? 'pasted token' : 'client ID and secret'}` : 'No connection'}
          </Typography>
        </Box>
        <Tooltip title="Close (Esc)">
          <IconButton aria-label="Close token panel" onClick={onClose} size="small">
            <CloseOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Box sx={{ flex: 1, overflow: 'auto', px: 2.5, py: 2 }}>
        {!connection ? (
          <EmptyState icon={<KeyOutlined />} title="No connection">
            The active environment has no connection. Link one in Manage environments to get tokens.
          </EmptyState>
        ) : (
          <>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
              <Typography variant="body2" color="textSecondary">
                State
              </Typography>
              {status ? (
                <Chip size="small" label={stateChip[status.state].label} color={stateChip[status.state].color} variant="outlined" data-testid="token-state" />
              ) : (
                <Typography variant="body2">Checking…</Typography>
              )}
            </Box>
            {status && status.state !== 'none' && <TokenLifetime status={status} />}
            {status?.state === 'none' && (
              <Typography variant="body2" color="textSecondary">
                Shoreline gets a token by itself when you send a request. You can also get one now.
              </Typography>
            )}
            {error && (
              <ErrorAlert error={error} sx={{ mt: 2 }} testId="token-error"
                action={error.code === 'invalid_client' && !pasted && !connection?.builtIn && onReplaceSecret && <Button color="inherit" size="small" onClick={onReplaceSecret}>Replace the secret</Button>} />
            )}
            <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
              {!pasted && (
                <Button variant="contained" startIcon={<RefreshOutlined />} onClick={() => void token.renew()} disabled={token.busy}>
                  {token.busy ? 'Getting token…' : status?.state === 'none' ? 'Get a token' : 'Renew now'}
                </Button>
              )}
              <CopyTokenButton connectionId={connection.id} expiresAt={status?.expiresAt} disabled={token.busy} onError={setCopyError} />
            </Box>
            {pasted && (
              <Typography variant="caption" color="textSecondary" component="p" sx={{ mt: 1 }}>
                A pasted token cannot be renewed. When it expires, paste a new one in Manage connections.
              </Typography>
            )}
            {claims.length > 0 && (
              <Section title="Claims">
                <TokenPartTable rows={claims} label="Token claims" testId="token-claims" />
              </Section>
            )}
            {header.length > 0 && (
              <Section title="Header">
                <TokenPartTable rows={header} label="Token header" testId="token-header" />
              </Section>
            )}
            {status?.state === 'valid' && claims.length === 0 && (
              <Typography variant="body2" color="textSecondary" sx={{ mt: 3 }}>
                This token is not a JSON Web Token, so there are no claims to show.
              </Typography>
            )}
            <Divider sx={{ my: 3 }} />
            <Typography variant="caption" color="textSecondary" component="p">
              Shoreline never shows the token itself. Copy token puts it on your clipboard: treat it like a password until it expires.
            </Typography>
          </>
        )}
      </Box>
    </Drawer>
  );
}
