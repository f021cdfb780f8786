/** What the spec says about the operation: description, and each response with its example. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { OperationDetail } from '../../../shared/openapi/types';
import { monoFont } from '../../components/theme/tokens';
import { Markdown } from '../../components/markdown';
import { StatusChip } from '../../components/status-chip';

/** The operation's documentation. */
export function DocsTab({ operation }: { operation: OperationDetail }) {
  return (
    <Box sx={{ p: 2, maxWidth: 900 }} data-testid="operation-docs">
      {operation.deprecated && <Chip size="small" color="warning" label="Deprecated: the API may remove this endpoint" sx={{ mb: 1 }} />}
      {operation.description ? <Markdown text={operation.description} /> : <Typography color="textSecondary">The spec gives no description for this endpoint.</Typography>}
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>Answers</Typography>
      {operation.responses.map((response) => {
        const media = response.content.find((c) => /json/i.test(c.contentType)) ?? response.content[0];
        const example = media?.example ?? media?.examples?.find((e) => e.value !== undefined)?.value;
        const status = Number(response.status);
        return (
          <Box key={response.status} sx={{ mb: 1.5 }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
              {Number.isFinite(status) ? <StatusChip status={status} variant="compact" /> : <Chip size="small" label={response.status} />}
              <Typography variant="body2">{response.description}</Typography>
            </Box>
            {example !== undefined && (
              <Box component="pre" sx={{ fontFamily: monoFont, fontSize: 12, p: 1, mt: 0.5, borderRadius: 1, bgcolor: 'action.hover', maxHeight: 240, overflow: 'auto' }}>
                {typeof example === 'string' ? example : JSON.stringify(example, null, 2)}
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
