/**
 * Plain text of any size: only the rows on screen are drawn, and long lines are cut into rows of
 * 400 characters, so a 48 MB answer (even one minified onto a single line) scrolls without stalls.
 */
import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { monoFont } from '../../../components/theme/tokens';

const rowHeight = 20;

interface VirtualTextProps {
  text: string;
  /** `[start, end)` pairs of the rows to draw (see textRows). */
  rows: Uint32Array;
  ariaLabel: string;
  testId?: string;
}

/** The virtualised text viewer. */
export function VirtualText({ text, rows, ariaLabel, testId }: VirtualTextProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.length / 2;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design.
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 20 });
  return (
    <Box
      ref={scrollRef}
      role="region"
      aria-label={ariaLabel}
      data-testid={testId}
      tabIndex={0}
      sx={{
        flex: 1, minHeight: 0, overflow: 'auto', fontFamily: monoFont, fontSize: 12.5, lineHeight: `${rowHeight}px`, outline: 'none', px: 2, py: 1,
        '& .line': { position: 'absolute', top: 0, left: 0, height: rowHeight, whiteSpace: 'pre' },
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: 'max-content' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div key={item.key} className="line" style={{ transform: `translateY(${item.start}px)` }}>
            {text.slice(rows[item.index * 2], rows[item.index * 2 + 1]) || '\u200b'}
          </div>
        ))}
      </div>
    </Box>
  );
}
