/**
 * The requests of a run, in order: what was sent (the address with its variables filled in, so a
 * value captured by one request shows in the next one's address), the answer's status and time,
 * and what each request's captures saved.
 */
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { RunStepResult } from '../../../shared/contract/runner';
import { displayUrl } from '../../../shared/http/display-url';
import { formatDuration } from '../../components/format/quantities';
import { MethodBadge } from '../../components/method-badge';
import { StatusChip } from '../../components/status-chip';
import { monoFont } from '../../components/theme/tokens';
import { capturedLines, stepStatus } from './run-model';

/** The status cell: the coloured code once answered, else the state in words. */
function StatusCell({ step }: { step: RunStepResult }) {
  if (step.status !== undefined) return <StatusChip status={step.status} {...(step.statusText !== undefined && { statusText: step.statusText })} />;
  return (
    <Typography variant="body2" color={step.state === 'error' ? 'error' : 'textSecondary'} component="span" sx={{ fontStyle: step.state === 'pending' ? 'italic' : undefined }}>
      {stepStatus(step)}
    </Typography>
  );
}

/** The table. */
export function RunStepsTable({ steps }: { steps: readonly RunStepResult[] }) {
  return (
    <Table size="small" stickyHeader aria-label="Requests of the run" data-testid="run-steps">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 36 }}>#</TableCell>
          <TableCell>Request</TableCell>
          <TableCell>Address</TableCell>
          <TableCell sx={{ width: 150 }}>Status</TableCell>
          <TableCell sx={{ width: 96 }} align="right">Time</TableCell>
          <TableCell sx={{ width: 220 }}>Saved</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {steps.map((step, index) => (
          <TableRow key={`${step.itemId}-${index}`} data-testid="run-step" data-name={step.name} data-state={step.state} sx={{ verticalAlign: 'top' }}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <MethodBadge method={step.method} />
                <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>{step.name}</Typography>
              </Box>
              {step.path.length > 0 && <Typography variant="caption" color="textSecondary" component="div">{step.path.join(' › ')}</Typography>}
            </TableCell>
            <TableCell data-testid="run-step-url" sx={{ fontFamily: monoFont, fontSize: 12.5, wordBreak: 'break-all' }}>{displayUrl(step.url)}</TableCell>
            <TableCell data-testid="run-step-status">
              <StatusCell step={step} />
              {step.reason && <Typography variant="caption" color="textSecondary" component="div" sx={{ mt: 0.25 }}>{step.reason}</Typography>}
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{step.timeMs !== undefined ? formatDuration(step.timeMs) : ''}</TableCell>
            <TableCell data-testid="run-step-captured" sx={{ fontFamily: monoFont, fontSize: 12.5, wordBreak: 'break-all' }}>
              {capturedLines(step.captured).map((line) => <div key={line}>{line}</div>)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
