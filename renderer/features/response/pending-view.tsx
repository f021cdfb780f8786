/** While a request is out: a quiet progress bar, the time waited so far, and Cancel. */
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { EmptyState } from '../../components/empty-state';
import { formatDuration } from '../../components/format/quantities';
import { useElapsed } from '../../components/hooks/use-ticker';

/** The pending state of the response panel. */
export function PendingView({ onCancel }: { onCancel: () => void }) {
  const elapsed = useElapsed();
  return (
    <Box data-testid="response-pending" sx={{ flex: 1, minHeight: 0 }}>
      <LinearProgress sx={{ height: 2 }} />
      <EmptyState
        icon={<HourglassEmptyOutlined />}
        title="Waiting for the answer…"
        actions={<Button variant="outlined" onClick={onCancel}>Cancel</Button>}
      >
        <Box component="span" data-testid="response-elapsed" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {elapsed < 1000 ? 'Sent just now.' : `${formatDuration(Math.floor(elapsed / 100) * 100)} so far.`}
        </Box>{' '}
        {elapsed > 10_000 && 'Big lists can take a while; you can cancel and ask for fewer items.'}
      </EmptyState>
    </Box>
  );
}
