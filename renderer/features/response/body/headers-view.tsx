/** The Headers tab: the answer's headers, and below them what Shoreline actually sent (token masked). */
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Header, HttpResponse } from '../../../../shared/contract/http';
import { monoFont } from '../../../components/theme/tokens';
import { MethodBadge } from '../../../components/method-badge';

function HeaderTable({ headers, label, testId }: { headers: readonly Header[]; label: string; testId: string }) {
  if (headers.length === 0) {
    return <Typography variant="body2" color="textSecondary">No headers.</Typography>;
  }
  return (
    <Table size="small" aria-label={label} data-testid={testId} sx={{ tableLayout: 'fixed', '& td': { py: 0.75, verticalAlign: 'top', borderColor: 'divider' } }}>
      <TableBody>
        {headers.map((header, index) => (
          <TableRow key={`${header.name}-${index}`} hover>
            <TableCell sx={{ width: '32%', fontWeight: 600, color: 'text.secondary', wordBreak: 'break-word' }}>{header.name}</TableCell>
            <TableCell sx={{ fontFamily: monoFont, fontSize: 12.5, wordBreak: 'break-all' }}>{header.value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Section({ title, hint, children }: { title: string; hint: string; children: React.ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle2">{title}</Typography>
      <Typography variant="caption" color="textSecondary" sx={{ display: 'block', mb: 1 }}>{hint}</Typography>
      {children}
    </Box>
  );
}

/** Response and request headers. */
export function HeadersView({ response }: { response: HttpResponse }) {
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 2, py: 2 }} data-testid="response-headers">
      <Section title={`Answer headers (${response.headers.length})`} hint="What the service sent back with its answer.">
        <HeaderTable headers={response.headers} label="Answer headers" testId="response-header-table" />
      </Section>
      <Section title="Request" hint="What Shoreline sent. The access token it added is hidden as ••••••.">
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1.5, p: 1.25, borderRadius: 1, bgcolor: 'action.hover' }}>
          <MethodBadge method={response.sent.method} />
          <Box component="span" data-testid="sent-url" sx={{ fontFamily: monoFont, fontSize: 12.5, wordBreak: 'break-all' }}>{response.sent.url}</Box>
        </Box>
        <HeaderTable headers={response.sent.headers} label="Request headers" testId="request-header-table" />
      </Section>
    </Box>
  );
}
