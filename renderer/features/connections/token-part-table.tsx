/** A decoded token part (claims or header) as a readable two-column table. */
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { monoFont } from '../../components/theme/tokens';
import type { ClaimRow } from './claim-rows';

/** Rows of name (with a plain label) and value (with a local date-time for times). */
export function TokenPartTable({ rows, label, testId }: { rows: ClaimRow[]; label: string; testId?: string }) {
  return (
    <Table size="small" aria-label={label} data-testid={testId} sx={{ tableLayout: 'fixed', '& td': { verticalAlign: 'top', py: 0.75, borderColor: 'divider' } }}>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name} data-claim={row.name}>
            <TableCell component="th" scope="row" sx={{ width: '44%', pl: 0 }}>
              <Typography variant="body2" sx={{ fontFamily: monoFont, fontSize: 12, fontWeight: 600, wordBreak: 'break-all' }}>
                {row.name}
              </Typography>
              {row.label && (
                <Typography variant="caption" color="textSecondary" component="div">
                  {row.label}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ pr: 0 }}>
              <Box sx={{ fontFamily: monoFont, fontSize: 12, wordBreak: 'break-all', userSelect: 'text' }}>{row.value}</Box>
              {row.when && (
                <Typography variant="caption" color="textSecondary" component="div">
                  {row.when}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
