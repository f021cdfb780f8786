/**
 * The items as a grid: a sticky header whose labels sort, and rows drawn only where the eye is
 * (react-virtual), so 10,000 items scroll as smoothly as ten. Rows and cells are plain elements
 * styled from the grid's one stylesheet: per-cell `sx` would cost a style computation per cell.
 */
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { alpha, useTheme } from '@mui/material/styles';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import { formatCell, type Row } from '../../../../shared/http/table';
import { monoFont } from '../../../components/theme/tokens';
import { charWidth, columnWidths, type Measure, type SortState } from './column-state';

const rowHeight = 32;
const indexWidth = 56;

interface TableGridProps {
  rows: readonly Row[];
  columns: readonly string[];
  sort: SortState;
  onSort: (column: string) => void;
}

/** Measures text in the table's font with a canvas; undefined where there is none (jsdom in tests). */
function canvasMeasure(font: string): Measure | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  try {
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    if (!context) return undefined;
    context.font = font;
    return (text) => context.measureText(text).width;
  } catch {
    return undefined;
  }
}

function cellClass(value: unknown): string {
  if (typeof value === 'number') return 'cell num';
  if (typeof value === 'boolean') return 'cell bool';
  if (typeof value === 'object' && value !== null) return 'cell json';
  return 'cell';
}

/** The virtualised grid of `rows`, showing `columns`, sorted by `sort`. */
export function TableGrid({ rows, columns, sort, onSort }: TableGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const fontFamily = theme.typography.fontFamily;
  const measure = useMemo(() => canvasMeasure(`13px ${fontFamily ?? 'sans-serif'}`), [fontFamily]);
  const widths = useMemo(() => columnWidths(rows, columns, measure), [rows, columns, measure]);
  const totalWidth = indexWidth + columns.reduce((sum, c) => sum + (widths[c] ?? 120), 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });

  // Columns beyond the right edge: a wide table says so, and a button brings them into view.
  const [hiddenRight, setHiddenRight] = useState(0);
  const measureEdges = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const visibleTo = el.scrollLeft + el.clientWidth;
    let edge = indexWidth;
    let hidden = 0;
    for (const column of columns) {
      edge += widths[column] ?? 120;
      if (edge > visibleTo + 4) hidden += 1;
    }
    setHiddenRight(hidden);
  }, [columns, widths]);
  useEffect(() => {
    measureEdges();
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measureEdges);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measureEdges]);
  const scrollRight = () => {
    // An instant jump (no smooth scroll to wait for, nor motion for those who avoid it), then a fresh count.
    scrollRef.current?.scrollBy({ left: Math.max(120, (scrollRef.current.clientWidth - indexWidth) * 0.8) });
    requestAnimationFrame(measureEdges);
  };

  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Box
        ref={scrollRef}
        onScroll={measureEdges}
        role="table"
        aria-label="Items"
        aria-rowcount={rows.length + 1}
        data-testid="response-table"
        data-region-focus
        data-focus-ring="inside"
        tabIndex={0}
        sx={{
          flex: 1, minHeight: 0, overflow: 'auto', fontSize: 13, outline: 'none',
          '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}` },
          '& .row': { position: 'absolute', top: 0, left: 0, width: '100%', height: rowHeight, display: 'flex', alignItems: 'center', borderBottom: `1px solid ${theme.palette.divider}` },
          '& .row.odd': { bgcolor: alpha(theme.palette.text.primary, 0.018) },
          '& .row:hover': { bgcolor: alpha(theme.palette.primary.main, 0.06) },
          '& .cell': { flexShrink: 0, px: 1.25, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
          '& .cell.num': { textAlign: 'right' },
          '& .cell.bool': { color: 'secondary.main' },
          '& .cell.json': { fontFamily: monoFont, fontSize: 12 },
          '& .cell.index': { textAlign: 'right', color: 'text.secondary', fontSize: 12 },
        }}
      >
        <Box sx={{ width: totalWidth, minWidth: '100%' }}>
          <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }}>
            <Box role="row" aria-rowindex={1} sx={{ display: 'flex', height: 36, alignItems: 'stretch' }}>
              <Box role="columnheader" sx={{ width: indexWidth, flexShrink: 0, px: 1.25, display: 'flex', alignItems: 'center', justifyContent: 'flex-end', color: 'text.secondary', fontSize: 12 }}>#</Box>
              {columns.map((column) => {
                const sorted = sort?.column === column ? sort.direction : undefined;
                return (
                  <Box key={column} role="columnheader" data-column={column} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} sx={{ width: widths[column], flexShrink: 0, display: 'flex' }}>
                    <ButtonBase
                      onClick={() => onSort(column)}
                      title={`Sort by ${column}`}
                      sx={{ flex: 1, justifyContent: 'flex-start', gap: 0.5, px: 1.25, minWidth: 0, fontWeight: 600, fontSize: 12.5, color: sorted ? 'primary.main' : 'text.secondary', '&:hover': { bgcolor: 'action.hover' } }}
                    >
                      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{column}</Box>
                      {sorted === 'asc' && <ArrowUpward sx={{ fontSize: 14 }} />}
                      {sorted === 'desc' && <ArrowDownward sx={{ fontSize: 14 }} />}
                    </ButtonBase>
                  </Box>
                );
              })}
            </Box>
          </Box>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as Row;
              return (
                <div key={item.key} role="row" aria-rowindex={item.index + 2} className={item.index % 2 === 1 ? 'row odd' : 'row'} style={{ transform: `translateY(${item.start}px)` }}>
                  <div role="cell" className="cell index" style={{ width: indexWidth }}>{item.index + 1}</div>
                  {columns.map((column) => {
                    const value = row[column];
                    const text = formatCell(value);
                    const width = widths[column] ?? 120;
                    // Values wider than their column are cut with "…"; the whole value shows on hover.
                    const cut = text.length * charWidth > width - 20;
                    return (
                      <div key={column} role="cell" data-column={column} className={cellClass(value)} style={{ width }} title={cut ? text.slice(0, 2000) : undefined}>
                        {text}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </Box>
      </Box>
      {hiddenRight > 0 && (
        <>
          {/* A fade on the right edge: the table goes on. */}
          <Box aria-hidden sx={{ position: 'absolute', top: 0, right: 0, bottom: 0, width: 40, pointerEvents: 'none', background: `linear-gradient(to right, ${alpha(theme.palette.background.paper, 0)}, ${theme.palette.background.paper})` }} />
          <Button size="small" variant="contained" color="inherit" endIcon={<ChevronRight />} onClick={scrollRight} data-testid="table-more-columns"
            sx={{ position: 'absolute', right: 8, bottom: 8, boxShadow: 2, bgcolor: 'background.paper', color: 'text.primary', '&:hover': { bgcolor: 'background.default' } }}>
            {hiddenRight} more column{hiddenRight === 1 ? '' : 's'}
          </Button>
        </>
      )}
    </Box>
  );
}
