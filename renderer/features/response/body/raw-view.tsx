/** The Raw tab: the body exactly as the service sent it, as plain text — HTML is never rendered. */
import Box from '@mui/material/Box';
import { monoFont } from '../../../components/theme/tokens';
import { formatBytes } from '../../../components/format/quantities';
import type { TextLines } from './text-lines';
import { TextToolbar } from './text-toolbar';
import { VirtualText } from './virtual-text';

/** Bodies up to this many characters are one selectable block; longer ones are virtualised. */
const plainLimit = 100_000;

/** The raw text view. */
export function RawView({ lines, size }: { lines: TextLines; size: number }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <TextToolbar lines={lines} note={`Exactly as received · ${formatBytes(size)}`} />
      {lines.text !== undefined && lines.length <= plainLimit ? (
        <Box
          component="pre"
          data-testid="response-raw"
          tabIndex={0}
          aria-label="Raw answer"
          sx={{ flex: 1, minHeight: 0, overflow: 'auto', m: 0, px: 2, py: 1, fontFamily: monoFont, fontSize: 12.5, lineHeight: '20px', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        >
          {lines.text}
        </Box>
      ) : (
        <VirtualText lines={lines} ariaLabel="Raw answer" testId="response-raw" />
      )}
    </Box>
  );
}
