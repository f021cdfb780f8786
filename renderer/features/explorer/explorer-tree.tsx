/** The virtualised list of explorer rows: thousands of operations scroll without drawing them all. */
import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ExplorerRow } from './explorer-rows';
import { ExplorerRowView } from './explorer-row-view';

const heights = { spec: 36, tag: 30, operation: 44 } as const;

interface ExplorerTreeProps {
  rows: ExplorerRow[];
  selected?: { specId: string; operationId: string };
  onToggle(key: string): void;
  onOpen(specId: string, operationId: string): void;
  specActions?: (specId: string) => React.ReactNode;
}

/** Draws only the rows in view. */
export function ExplorerTree({ rows, selected, onToggle, onOpen, specActions }: ExplorerTreeProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser keeps its own state; the component re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => heights[rows[index]!.kind],
    getItemKey: (index) => rows[index]!.key,
    overscan: 12,
  });
  return (
    <Box ref={scroller} data-testid="explorer-tree" role="tree" aria-label="API operations" sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const isSelected = row.kind === 'operation' && selected?.specId === row.specId && selected.operationId === row.operation.id;
          return (
            <Box key={item.key} role="treeitem" aria-level={row.kind === 'spec' ? 1 : row.kind === 'tag' ? 2 : 3} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
              <ExplorerRowView row={row} selected={isSelected} onToggle={onToggle} onOpen={onOpen} specActions={specActions} />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
