/**
 * An error answer as advice: what happened and what to do, in plain words; for a 403 the exact
 * permission the GreenLake role lacks; for a 429 how long to wait. The raw answer is one click away.
 */
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Advice } from '../../../shared/http/advice';
import { monoFont } from '../../components/theme/tokens';
import { useCountdown } from '../../components/hooks/use-ticker';

function RetryLine({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  const left = useCountdown(seconds);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 1 }} data-testid="advice-retry">
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {left > 0 ? `The service asked to wait ${seconds} s. You can try again in ${left} s.` : 'The wait is over; you can try again now.'}
      </Typography>
      <Button size="small" variant="outlined" color="inherit" disabled={left > 0} onClick={onRetry}>
        Try again
      </Button>
    </Box>
  );
}

interface AdviceAlertProps {
  advice: Advice;
  status: number;
  onShowRaw: () => void;
  onRetry: () => void;
}

/** The advice for a failed request. */
export function AdviceAlert({ advice, status, onShowRaw, onRetry }: AdviceAlertProps) {
  const permission = advice.permission;
  return (
    <Alert
      severity={status >= 500 ? 'error' : 'warning'}
      data-testid="response-advice"
      sx={{ borderRadius: 0, borderBottom: 1, borderColor: 'divider', '& .MuiAlert-message': { flex: 1 } }}
      slotProps={{ message: { 'data-testid': 'advice-message' } as object }}
      action={<Button color="inherit" size="small" onClick={onShowRaw}>Show the raw answer</Button>}
    >
      <AlertTitle sx={{ fontWeight: 700 }}>{advice.title}</AlertTitle>
      <Typography variant="body2">{advice.advice}</Typography>
      {permission && (
        <Box sx={{ mt: 1.25, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>Permission needed:</Typography>
            <Box component="code" data-testid="advice-permission" sx={{ fontFamily: monoFont, fontSize: 12.5, px: 1, py: 0.25, borderRadius: 1, bgcolor: 'action.selected' }}>
              {permission}
            </Box>
            <Tooltip title="Copy the permission name">
              <IconButton size="small" aria-label="Copy the permission name" onClick={() => void navigator.clipboard.writeText(permission).catch(() => undefined)}>
                <ContentCopyOutlined sx={{ fontSize: 16 }} />
              </IconButton>
            </Tooltip>
          </Box>
        </Box>
      )}
      {advice.retryAfterSeconds !== undefined && <RetryLine seconds={advice.retryAfterSeconds} onRetry={onRetry} />}
      {advice.serverMessage && (
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }} data-testid="advice-server-message">
          The service said: “{advice.serverMessage}”
        </Typography>
      )}
    </Alert>
  );
}
