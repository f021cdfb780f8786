/** The token panel's big countdown, a thin bar of the lifetime left, and when the token was obtained and ends. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { TokenStatus } from '../../../shared/contract/connections';
import { countdownTone, formatClock, formatDuration, formatRemaining } from '../../components/format/countdown';
import { useRemaining } from '../../components/hooks/use-remaining';

const barColour = { ok: 'primary', warning: 'warning', expired: 'error' } as const;

/** Countdown and progress for a token that has times; nothing for one without. */
export function TokenLifetime({ status }: { status: TokenStatus }) {
  const remaining = useRemaining(status.expiresAt);
  if (status.expiresAt === undefined || remaining === undefined) {
    return (
      <Typography variant="body2" color="textSecondary">
        This token states no expiry. Shoreline uses it until an API refuses it.
      </Typography>
    );
  }
  const tone = countdownTone(remaining);
  const lifetime = status.obtainedAt !== undefined ? status.expiresAt - status.obtainedAt : undefined;
  const percent = lifetime && lifetime > 0 ? Math.max(0, Math.min(100, (remaining / lifetime) * 100)) : 0;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography
          data-testid="token-countdown"
          variant="h4"
          component="p"
          color={tone === 'ok' ? 'textPrimary' : tone === 'warning' ? 'warning' : 'error'}
          sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', letterSpacing: 0.5 }}
        >
          {tone === 'expired' ? 'Expired' : formatRemaining(remaining)}
        </Typography>
        {tone !== 'expired' && (
          <Typography variant="body2" color="textSecondary">
            left
          </Typography>
        )}
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={barColour[tone]}
        aria-label={tone === 'expired' ? 'Token lifetime: expired' : `Token lifetime left: ${formatDuration(remaining)}`}
        sx={{ height: 4, borderRadius: 2, my: 1 }}
      />
      <Typography variant="body2" color="textSecondary">
        {status.obtainedAt !== undefined && <>Obtained at {formatClock(status.obtainedAt)} · </>}
        {tone === 'expired' ? 'expired' : 'expires'} at {formatClock(status.expiresAt)}
        {lifetime !== undefined && lifetime > 0 && <> · lives {formatDuration(lifetime)}</>}
      </Typography>
    </Box>
  );
}
