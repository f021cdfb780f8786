/** The line above an answer: its status in colour and words, how long it took, how big it is, and how many items. */
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { HttpResponse } from '../../../shared/contract/http';
import { StatusChip } from '../../components/status-chip';
import { formatBytes, formatCount, formatDuration } from '../../components/format/quantities';

function Fact({ label, value, hint, testId }: { label: string; value: string; hint: string; testId: string }) {
  return (
    <Tooltip title={hint}>
      <Typography variant="body2" component="span" data-testid={testId} sx={{ color: 'text.secondary', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {label} <Box component="span" sx={{ color: 'text.primary', fontWeight: 600 }}>{value}</Box>
      </Typography>
    </Tooltip>
  );
}

/**
 * The status line; `items` is the list summary ("12 items of 350"), when the answer is a list, and
 * `combined` the size of every page after Fetch all (the last page's own size would mislead).
 */
export function StatusLine({ response, items, combined }: { response: HttpResponse; items?: string | undefined; combined?: { size: number; pages: number } | undefined }) {
  const size = combined?.size ?? response.size;
  return (
    <Box data-testid="response-status-line" sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <StatusChip status={response.status} statusText={response.statusText} />
      <Fact
        label="Time"
        value={formatDuration(response.timing.totalMs)}
        hint={`The first answer bytes came after ${formatDuration(response.timing.headersMs)}; all of it after ${formatDuration(response.timing.totalMs)}.`}
        testId="response-time"
      />
      <Fact label="Size" value={formatBytes(size)} hint={combined ? `${formatCount(size)} bytes: the items of all ${formatCount(combined.pages)} pages together` : `${formatCount(size)} bytes`} testId="response-size" />
      {items && (
        <Typography variant="body2" component="span" data-testid="response-items" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {items}
        </Typography>
      )}
    </Box>
  );
}
