/**
 * "Test connection": asks the host for a fresh token with what is on screen (or the saved connection)
 * and shows the outcome inline — the token's lifetime and client, or the failure in words.
 */
import NetworkCheckOutlined from '@mui/icons-material/NetworkCheckOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { ClientAuth, TokenTestOutcome } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf, fieldIssues } from '../../host/app-error';
import type { TestPlan } from './connection-draft';
import { ErrorAlert } from '../../components/alerts/error-alert';
import { formatDuration } from '../../components/format/countdown';

type Outcome = { ok: true; summary: string } | { ok: false; error: AppError };

interface ConnectionTestProps {
  plan: TestPlan;
  /** Changes whenever the draft does, so an old outcome never describes new settings. */
  stamp: number;
  onProblems: (problems: Record<string, string>) => void;
  /** How the form sends the client id and secret now. */
  clientAuth: ClientAuth;
  /** Switches to the other way (when the token server expects it) and says what to test then. */
  onSwitchClientAuth: (next: ClientAuth) => Promise<TestPlan>;
}

const switchLabels: Record<ClientAuth, string> = { basic: 'Use HTTP Basic and test again', body: 'Send in the request body and test again' };

function summarise(status: { expiresAt?: number; claims?: Record<string, unknown> }, now: number): string {
  const parts = ['Token received'];
  if (status.expiresAt !== undefined) parts.push(`expires in ${formatDuration(status.expiresAt - now)}`);
  const clientId = status.claims?.client_id;
  if (typeof clientId === 'string') parts.push(`client_id ${clientId}`);
  return parts.join(' · ');
}

/** The Test button and its inline result. */
export function ConnectionTest({ plan, stamp, onProblems, clientAuth, onSwitchClientAuth }: ConnectionTestProps) {
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  // A switch of the client authentication changes the draft once, on purpose: its own outcome stays.
  const switching = useRef(false);
  useEffect(() => {
    if (switching.current) switching.current = false;
    else setOutcome(undefined);
  }, [stamp]);
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [outcome]);

  const show = (result: TokenTestOutcome) => setOutcome(result.ok ? { ok: true, summary: summarise(result.status, Date.now()) } : { ok: false, error: result.error });

  const run = async (next?: () => Promise<TestPlan>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      switching.current = next !== undefined;
      const target = next ? await next() : plan;
      if ('problems' in target) return onProblems(target.problems);
      if (!('input' in target)) return;
      show(await host.invoke('connections.test', target.input));
    } catch (thrown) {
      switching.current = false;
      const error = appErrorOf(thrown);
      const fields = fieldIssues(error);
      if (Object.keys(fields).length > 0) onProblems(fields);
      else setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Button
          variant="outlined"
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <NetworkCheckOutlined />}
          onClick={() => void run()}
          disabled={busy || 'reason' in plan}
        >
          {busy ? 'Testing…' : 'Test connection'}
        </Button>
        <Typography variant="body2" color="textSecondary">
          {'reason' in plan ? plan.reason : 'Asks the token server for a token, without saving anything.'}
        </Typography>
      </Box>
      <Box aria-live="polite" ref={outcomeRef} sx={{ scrollMarginBottom: 16 }}>
        {outcome?.ok === true && (
          <Alert severity="success" data-testid="connection-test-outcome">
            {outcome.summary}
          </Alert>
        )}
        {outcome?.ok === false && <ErrorAlert error={outcome.error} title="The test did not get a token" testId="connection-test-outcome" />}
        {outcome?.ok === false && outcome.error.code === 'client_auth_mismatch' && (
          <Button variant="contained" sx={{ mt: 1 }} disabled={busy} onClick={() => void run(() => onSwitchClientAuth(clientAuth === 'basic' ? 'body' : 'basic'))}>
            {switchLabels[clientAuth === 'basic' ? 'body' : 'basic']}
          </Button>
        )}
      </Box>
    </Box>
  );
}
