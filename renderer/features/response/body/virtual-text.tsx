/**
 * Plain text of any size: only the rows on screen are drawn, and long lines are cut into rows of
 * 400 characters, so a 100 MB answer (even one minified onto a single line) scrolls without stalls.
 * The rows come from `TextLines`: from the page's own copy for small texts, or a page at a time
 * from the format worker for big ones (a row still on its way is drawn empty for a moment).
 */
import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useReducer, useRef } from 'react';
import { monoFont } from '../../../components/theme/tokens';
import type { TextLines } from './text-lines';

const rowHeight = 20;

interface VirtualTextProps {
  lines: TextLines;
  ariaLabel: string;
  testId?: string;
}

/** The virtualised text viewer. */
export function VirtualText({ lines, ariaLabel, testId }: VirtualTextProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => lines.subscribe(redraw), [lines]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design.
  const virtualizer = useVirtualizer({ count: lines.rowCount, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 20 });
  const items = virtualizer.getVirtualItems();
  const from = items[0]?.index ?? 0;
  const to = (items[items.length - 1]?.index ?? -1) + 1;
  useEffect(() => lines.load(from, to), [lines, from, to]);
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
        {items.map((item) => {
          const text = lines.row(item.index);
          return (
            <div key={item.key} className="line" style={{ transform: `translateY(${item.start}px)` }}>
              {text === undefined ? '' : text || '\u200b'}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
