/** A request that got no answer at all (unreachable, timed out, cancelled, refused by safe mode), in words. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import { useState } from 'react';
import type { AppError, ErrorCode } from '../../../shared/errors';
import { monoFont } from '../../components/theme/tokens';
import { runWindowCommand } from '../../components/window-commands';

const titles: Partial<Record<ErrorCode, string>> = {
  unreachable: 'Could not reach the service',
  timeout: 'No answer in time',
  tls: 'Secure connection failed',
  network: 'Network problem',
  cancelled: 'Request cancelled',
  confirm_required: 'Confirmation needed',
  read_only: 'This environment is read-only',
  token_failed: 'Could not get an access token',
  invalid_client: 'Sign-in refused',
  client_auth_mismatch: 'Sign-in refused',
  clock_skew: 'The computer’s clock is off',
  not_json: 'Could not get an access token',
  unauthorized: 'Sign-in refused',
  invalid_input: 'Something in the request is not valid',
  too_large: 'The request is too large',
  rate_limited: 'Too many requests',
};

/** The heading for an error code. */
export function errorTitle(code: ErrorCode): string {
  return titles[code] ?? 'The request could not be sent';
}

/** The error view of the response panel. */
export function RequestError({ error }: { error: AppError }) {
  const [open, setOpen] = useState(false);
  const cancelled = error.code === 'cancelled';
  return (
    <Box sx={{ p: 2 }} data-testid="response-error">
      <Alert
        severity={cancelled ? 'info' : 'error'}
        action={
          <>
            {/* "…enter the new one here": the button takes the user there. */}
            {error.code === 'invalid_client' && <Button color="inherit" size="small" onClick={() => runWindowCommand('openConnections', { replaceSecret: true })}>Replace the secret</Button>}
            {/* "Switch this connection to …": the connection's page has the one-click switch and tests it. */}
            {error.code === 'client_auth_mismatch' && <Button color="inherit" size="small" onClick={() => runWindowCommand('openConnections', {})}>Open the connection</Button>}
            {error.detail && <Button color="inherit" size="small" onClick={() => setOpen((o) => !o)}>{open ? 'Hide details' : 'Show details'}</Button>}
          </>
        }
      >
        <AlertTitle sx={{ fontWeight: 700 }}>{errorTitle(error.code)}</AlertTitle>
        {error.message}
      </Alert>
      {error.detail && (
        <Collapse in={open}>
          <Box component="pre" sx={{ mt: 1, p: 1.5, borderRadius: 1, bgcolor: 'action.hover', fontFamily: monoFont, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto' }}>
            {error.detail}
          </Box>
        </Collapse>
      )}
    </Box>
  );
}
