/**
 * Plain text of any size: only the rows on screen are drawn, and long lines are cut into rows of
 * 400 characters, so a 100 MB answer (even one minified onto a single line) scrolls without stalls.
 * The rows come from `TextLines`: from the page's own copy for small texts, or a page at a time
 * from the format worker for big ones (a row still on its way is drawn empty for a moment). Rows
 * have one height, so the window is plain arithmetic (`rowWindow`): nothing per row is kept, where a
 * general virtualiser would build an entry for each of 5 million rows.
 */
import Box from '@mui/material/Box';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { monoFont } from '../../../components/theme/tokens';
import { rowWindow, scrollTopOf } from './row-window';
import { TextFind } from './text-find';
import type { TextLines } from './text-lines';

const rowHeight = 20;
const paddingY = 8;

interface VirtualTextProps {
  lines: TextLines;
  ariaLabel: string;
  testId?: string;
}

/** The virtualised text viewer. */
export function VirtualText({ lines, ariaLabel, testId }: VirtualTextProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [view, setView] = useState({ scrollTop: 0, height: 600 });
  const [found, setFound] = useState(-1);
  useEffect(() => lines.subscribe(redraw), [lines]);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setView({ scrollTop: Math.max(0, el.scrollTop - paddingY), height: el.clientHeight });
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);
  const shown = rowWindow(lines.rowCount, rowHeight, view.scrollTop, view.height);
  useEffect(() => lines.load(shown.from, shown.to), [lines, shown.from, shown.to]);
  const showFound = (row: number) => {
    setFound(row);
    const el = scrollRef.current;
    // A few rows of context above the one found.
    if (row >= 0 && el) el.scrollTop = scrollTopOf(Math.max(0, row - 3), lines.rowCount, rowHeight, el.clientHeight) + paddingY;
  };
  const drawn = [];
  for (let index = shown.from; index < shown.to; index += 1) {
    const text = lines.row(index);
    drawn.push(
      <div key={index} className={index === found ? 'line found' : 'line'} style={{ transform: `translateY(${shown.top + (index - shown.from) * rowHeight}px)` }}>
        {text === undefined ? '' : text || '\u200b'}
      </div>,
    );
  }
  return (
    <>
      <TextFind lines={lines} found={found} onFound={showFound} label={`Find in the ${ariaLabel.toLowerCase()}`} />
      <Box
        ref={scrollRef}
        role="region"
        aria-label={ariaLabel}
        data-testid={testId}
        tabIndex={0}
        sx={{
          flex: 1, minHeight: 0, overflow: 'auto', fontFamily: monoFont, fontSize: 12.5, lineHeight: `${rowHeight}px`, outline: 'none', px: 2, py: `${paddingY}px`,
          '& .line': { position: 'absolute', top: 0, left: 0, height: rowHeight, whiteSpace: 'pre' },
          '& .line.found': { bgcolor: 'action.selected' },
        }}
      >
        <div style={{ height: shown.height, position: 'relative', minWidth: 'max-content' }}>{drawn}</div>
      </Box>
    </>
  );
}
