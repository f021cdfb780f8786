/** What the header's token chip says and does, from the token's state: a pure function, so it is tested. */
import type { TokenStatus } from '../../../shared/contract/connections';
import { countdownTone, formatRemaining } from '../../components/format/countdown';

/** The chip's colour. */
export type ChipTone = 'neutral' | 'ok' | 'warning' | 'error';

/** What a click does: get a token, open the token panel, link a connection, or nothing (busy). */
export type ChipAction = 'renew' | 'panel' | 'link' | 'none';

/** The chip's face. */
export interface TokenChipView {
  label: string;
  tone: ChipTone;
  action: ChipAction;
  /** A longer sentence for the tooltip. */
  hint: string;
}

interface ChipInput {
  connectionName: string | undefined;
  status: TokenStatus | undefined;
  remaining: number | undefined;
  busy: boolean;
  failed: boolean;
}

/** Decides the chip for the active environment's connection. */
export function tokenChipView({ connectionName, status, remaining, busy, failed }: ChipInput): TokenChipView {
  if (connectionName === undefined) {
    return { label: 'No connection', tone: 'neutral', action: 'link', hint: 'This environment has no connection yet. Click to choose one.' };
  }
  const of = `Access token of “${connectionName}”`;
  const valid = status?.state === 'valid' && (remaining === undefined || remaining > 0);
  if (busy && !valid) return { label: 'Getting token…', tone: 'neutral', action: 'none', hint: `Getting a token for “${connectionName}”…` };
  if (failed && !valid) return { label: 'Token failed', tone: 'error', action: 'panel', hint: 'Shoreline could not get a token. Click to see why.' };
  if (!status) return { label: 'Token', tone: 'neutral', action: 'panel', hint: of };
  if (status.state === 'none') return { label: 'No token yet', tone: 'neutral', action: 'renew', hint: `Click to get a token for “${connectionName}” now.` };
  if (!valid) return { label: 'Expired', tone: 'error', action: 'panel', hint: `${of} has expired. Click to renew it.` };
  if (remaining === undefined) return { label: 'Token · no expiry', tone: 'ok', action: 'panel', hint: `${of}: it states no expiry.` };
  const tone = countdownTone(remaining);
  return { label: `Token · ${formatRemaining(remaining)}`, tone: tone === 'warning' ? 'warning' : 'ok', action: 'panel', hint: `${of}. Click for details.` };
}
