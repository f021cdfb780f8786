/** The explorer's tree of specs → tags → operations: virtualised, and an ARIA tree driven by the keyboard. */
import { memo, useCallback, useMemo, type Ref } from 'react';
import { VirtualTree } from '../../components/tree/virtual-tree';
import type { ExplorerRow } from './explorer-rows';
import { explorerRowsClass, ExplorerRowStyles, ExplorerRowView } from './explorer-row-view';

const heights = { spec: 36, tag: 30, operation: 44, 'saved-group': 36, saved: 44 } as const;

interface ExplorerTreeProps {
  rows: ExplorerRow[];
  selected?: { specId: string; operationId: string } | undefined;
  onToggle(key: string): void;
  /** Opens an endpoint: a preview tab, or a kept one (`pin`, a double click). */
  onOpen(specId: string, operationId: string, options: { title: string; pin?: boolean }): void;
  /** Opens a saved request the search found. */
  onOpenSaved(collectionId: string, itemId: string, pin: boolean): void;
  specActions?: (specId: string) => React.ReactNode;
  treeRef?: Ref<HTMLDivElement>;
}

const isSelected = (row: ExplorerRow, selected: ExplorerTreeProps['selected']) =>
  row.kind === 'operation' && selected?.specId === row.specId && selected.operationId === row.operation.id;

/**
 * Draws only the rows in view; one Tab stop, arrows, type-ahead, Enter opens, Shift+F10 opens a spec's
 * menu. Memoised: a keystroke in the search box re-renders the panel at once, the tree only when its
 * rows (deferred) or the open operation change.
 */
export const ExplorerTree = memo(function ExplorerTree({ rows, selected, onToggle, onOpen, onOpenSaved, specActions, treeRef }: ExplorerTreeProps) {
  // An operation listed under two tags is drawn selected in both; the first is the tree's selected row.
  const selectedKey = useMemo(() => rows.find((row) => isSelected(row, selected))?.key, [rows, selected]);
  const open = useCallback(
    (row: ExplorerRow, pin: boolean) => {
      if (row.kind === 'operation') onOpen(row.specId, row.operation.id, { title: row.label, pin });
      else if (row.kind === 'saved') onOpenSaved(row.match.collectionId, row.match.request.id, pin);
    },
    [onOpen, onOpenSaved],
  );
  const activate = useCallback((row: ExplorerRow) => open(row, false), [open]);
  const pin = useCallback((row: ExplorerRow) => open(row, true), [open]);
  const toggle = useCallback((row: ExplorerRow, expand: boolean) => row.expanded !== expand && onToggle(row.key), [onToggle]);
  return (
    <div className={explorerRowsClass} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <ExplorerRowStyles />
      <VirtualTree
        rows={rows}
        label="API operations"
        testId="explorer-tree"
        treeRef={treeRef}
        selectedKey={selectedKey}
        rowHeight={(row) => heights[row.kind]}
        onActivate={activate}
        onDoubleActivate={pin}
        onToggle={toggle}
        onMenu={(_row, element) => element.querySelector<HTMLElement>('[data-row-menu]')?.click()}
        renderRow={(row) => <ExplorerRowView row={row} selected={isSelected(row, selected)} specActions={specActions} />}
        overscan={4}
      />
    </div>
  );
});
