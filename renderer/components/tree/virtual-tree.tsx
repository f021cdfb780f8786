/**
 * A virtualised ARIA tree (WAI-ARIA APG "Tree View"): one Tab stop, arrow keys, Home/End, type-ahead,
 * Enter, Shift+F10 for a row's menu — for any flat list of rows that know their level. The explorer
 * draws its specs → tags → operations with it; a collections tree can do the same.
 *
 * How to use it:
 * - Give `rows` in display order, children of collapsed rows left out, each a {@link TreeRow}
 *   (`key`, `level` from 1, `hasChildren`, `expanded`, `label` for type-ahead) plus anything you need.
 * - `renderRow(row, { active, selected })` draws a row's content. Draw no buttons that matter for the
 *   keyboard inside it: the row itself is what is clicked (`onActivate` for a leaf, `onToggle` for a
 *   parent); a click on a button or link inside a row is left to that element. A button inside a row
 *   should take `tabIndex={-1}` and be reached through `onMenu` (Shift+F10 / the Menu key), so the tree
 *   stays one Tab stop.
 * - `rowHeight(row)` gives each row's height in pixels (rows are absolutely placed).
 * - `selectedKey` marks the row that is open now (`aria-selected`); focus starts there.
 *
 * Focus stays on the tree element and `aria-activedescendant` names the active row, which suits a
 * virtualised list: rows scrolled away are unmounted, so a roving tabindex would lose focus with them.
 * The active row is always kept mounted, and scrolled into view when a key moves it.
 */
import GlobalStyles from '@mui/material/GlobalStyles';
import { alpha, type Theme } from '@mui/material/styles';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from 'react';
import { assumedScrollerRect, observeScrollerSize, scrollAfterMount } from './scroller-size';
import { siblingPositions, type TreeRow } from './tree-model';
import { useTreeKeyboard } from './use-tree-keyboard';

/** What `renderRow` learns about a row's state. */
export interface TreeRowState {
  /** The keyboard's current row. */
  active: boolean;
  /** The open row (`selectedKey`). */
  selected: boolean;
}

/** The props of {@link VirtualTree}. */
export interface VirtualTreeProps<R extends TreeRow> {
  rows: readonly R[];
  /** The tree's accessible name. */
  label: string;
  rowHeight(row: R): number;
  renderRow(row: R, state: TreeRowState): ReactNode;
  /** Enter, Space or a click on a leaf (on a parent too when `parentActivation` is 'activate'). */
  onActivate(row: R): void;
  /** Opens (`expand`) or closes a parent row: ←/→, Enter, Space or a click. */
  onToggle(row: R, expand: boolean): void;
  /** Shift+F10 or the Menu key on a row; `element` is the row's element (to anchor a menu on). */
  onMenu?(row: R, element: HTMLElement): void;
  /** A double click on a row (a preview tab is pinned by it). */
  onDoubleActivate?(row: R): void;
  /** A key the tree model does not use on the active row (F2 to rename, Delete …); true when handled. */
  onRowKey?(row: R, event: KeyboardEvent<HTMLElement>, element: HTMLElement | null): boolean;
  /** Drag and drop between rows: which rows can be dragged, and what a drop does. */
  dragAndDrop?: TreeDragAndDrop<R>;
  selectedKey?: string | undefined;
  parentActivation?: 'toggle' | 'activate';
  /** The scrolling tree element, e.g. to focus it from a search box. */
  treeRef?: Ref<HTMLDivElement>;
  testId?: string;
  overscan?: number;
}

/** Where a dragged row lands relative to the row it is dropped on. */
export type DropPlace = 'before' | 'after' | 'inside';

/** Drag and drop between the rows of a tree. */
export interface TreeDragAndDrop<R extends TreeRow> {
  canDrag(row: R): boolean;
  /** Where `dragged` may land on `target` (a request takes before/after, a folder also inside); empty: nowhere. */
  places(dragged: R, target: R): readonly DropPlace[];
  onDrop(dragged: R, target: R, place: DropPlace): void;
}

/** The place a pointer at `offset` of a row `height` tall means, among `allowed`. */
export function dropPlace(offset: number, height: number, allowed: readonly DropPlace[]): DropPlace | undefined {
  if (allowed.length === 0) return undefined;
  const share = offset / Math.max(1, height);
  const wanted: DropPlace = allowed.includes('inside') ? (share < 0.25 ? 'before' : share > 0.75 ? 'after' : 'inside') : share < 0.5 ? 'before' : 'after';
  return allowed.includes(wanted) ? wanted : allowed.includes('inside') ? 'inside' : allowed[0];
}

/** Clicks on these inside a row are theirs, not the row's. */
const interactive = 'button, a, input, select, textarea, [role="button"], [role="menuitem"], [role="checkbox"]';

/**
 * The tree's styles, rows included, put in the page once (a memoised GlobalStyles on the `vt-tree`
 * class): rows are plain elements placed by an inline transform. (MUI's `sx` on each row made every
 * distinct offset a new generated class, and `sx` on the tree serialised all of these again on
 * every render of the tree, that is on every keystroke of a search.)
 */
const treeStyles = (theme: Theme) => ({
  '.vt-tree': { flex: 1, minHeight: 0, overflow: 'auto', outline: 'none' },
  '.vt-tree .vt-row': { position: 'absolute', top: 0, left: 0, right: 0, cursor: 'pointer' },
  '.vt-tree .vt-row[data-drop="before"]': { boxShadow: `inset 0 2px 0 ${theme.palette.primary.main}` },
  '.vt-tree .vt-row[data-drop="after"]': { boxShadow: `inset 0 -2px 0 ${theme.palette.primary.main}` },
  '.vt-tree .vt-row[data-drop="inside"]': { outline: `2px dashed ${theme.palette.primary.main}`, outlineOffset: -2 },
  // The ring sits on the active row while the tree has keyboard focus.
  '.vt-tree:focus-visible [data-active="true"], .vt-tree[data-keys="true"]:focus [data-active="true"]': {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: -2,
    backgroundColor: alpha(theme.palette.primary.main, 0.08),
  },
});

/** Puts {@link treeStyles} in the page; memoised, so it is styled again only when the theme changes. */
const VirtualTreeStyles = memo(function VirtualTreeStyles() {
  return <GlobalStyles styles={treeStyles} />;
});

/** The tree. Give it a parent with a bounded height: it fills it and scrolls inside. */
export function VirtualTree<R extends TreeRow>(props: VirtualTreeProps<R>) {
  const { rows, label, rowHeight, renderRow, onActivate, onToggle, onMenu, onDoubleActivate, onRowKey, dragAndDrop, selectedKey, parentActivation, treeRef, testId, overscan = 12 } = props;
  const [dragging, setDragging] = useState<string>();
  const [drop, setDrop] = useState<{ key: string; place: DropPlace }>();
  const scroller = useRef<HTMLDivElement | null>(null);
  const idPrefix = useId();
  const rowId = useCallback((index: number) => `${idPrefix}-row-${index}`, [idPrefix]);
  const positions = useMemo(() => siblingPositions(rows), [rows]);
  const [keys, setKeys] = useState(false);

  const setRef = useCallback(
    (element: HTMLDivElement | null) => {
      scroller.current = element;
      if (typeof treeRef === 'function') treeRef(element);
      else if (treeRef) treeRef.current = element;
    },
    [treeRef],
  );

  const activeRef = useRef(-1);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser keeps its own state; the component re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => rowHeight(rows[index]!),
    getItemKey: (index) => rows[index]!.key,
    overscan,
    initialRect: assumedScrollerRect(),
    observeElementRect: observeScrollerSize,
    scrollToFn: scrollAfterMount,
    // The active row stays mounted while scrolled away, so aria-activedescendant always names a real element.
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const active = activeRef.current;
      return active >= 0 && active < range.count && !indexes.includes(active) ? [...indexes, active].sort((a, b) => a - b) : indexes;
    },
  });

  const keyboard = useTreeKeyboard({
    rows,
    selectedKey,
    onToggle,
    onActivate,
    parentActivation,
    onMoved: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    ...(onMenu && {
      onMenu: (row: R, index: number) => {
        const element = document.getElementById(rowId(index));
        if (element) onMenu(row, element);
      },
    }),
  });
  activeRef.current = keyboard.activeIndex;

  const onRowClick = (event: MouseEvent<HTMLElement>, row: R, index: number) => {
    const target = event.target as HTMLElement;
    if (target.closest(interactive) && event.currentTarget.contains(target.closest(interactive))) return;
    keyboard.setActiveIndex(index);
    if (row.hasChildren && parentActivation !== 'activate') onToggle(row, !row.expanded);
    else onActivate(row);
  };

  return (
    <>
      <VirtualTreeStyles />
      <div
        ref={setRef}
        className="vt-tree"
        role="tree"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={keyboard.activeIndex >= 0 ? rowId(keyboard.activeIndex) : undefined}
        data-testid={testId}
        data-keys={keys}
        data-focus-ring="inside"
        onKeyDown={(event) => {
          setKeys(true);
          const row = rows[keyboard.activeIndex];
          if (row && event.target === event.currentTarget && onRowKey?.(row, event, document.getElementById(rowId(keyboard.activeIndex)))) {
            event.preventDefault();
            return;
          }
          keyboard.onKeyDown(event);
        }}
        onPointerDown={() => setKeys(false)}
        onFocus={(event) => event.target === event.currentTarget && keyboard.onFocus()}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const active = item.index === keyboard.activeIndex;
            const selected = selectedKey !== undefined && row.key === selectedKey;
            return (
              <div
                key={item.key}
                id={rowId(item.index)}
                className="vt-row"
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                role="treeitem"
                aria-level={row.level}
                aria-setsize={positions[item.index]!.setSize}
                aria-posinset={positions[item.index]!.posInSet}
                aria-expanded={row.hasChildren ? Boolean(row.expanded) : undefined}
                aria-selected={selected}
                data-active={active}
                data-drop={drop?.key === row.key ? drop.place : undefined}
                onClick={(event) => onRowClick(event, row, item.index)}
                onDoubleClick={(event) => {
                  const target = event.target as HTMLElement;
                  if (!target.closest(interactive)) onDoubleActivate?.(row);
                }}
                {...(dragAndDrop && {
                  draggable: dragAndDrop.canDrag(row),
                  onDragStart: (event: DragEvent<HTMLElement>) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', row.label);
                    setDragging(row.key);
                  },
                  onDragEnd: () => {
                    setDragging(undefined);
                    setDrop(undefined);
                  },
                  onDragOver: (event: DragEvent<HTMLElement>) => {
                    const dragged = rows.find((r) => r.key === dragging);
                    if (!dragged || dragged.key === row.key) return;
                    const rect = event.currentTarget.getBoundingClientRect();
                    const place = dropPlace(event.clientY - rect.top, rect.height, dragAndDrop.places(dragged, row));
                    if (!place) return setDrop(undefined);
                    event.preventDefault();
                    if (drop?.key !== row.key || drop.place !== place) setDrop({ key: row.key, place });
                  },
                  onDrop: (event: DragEvent<HTMLElement>) => {
                    const dragged = rows.find((r) => r.key === dragging);
                    event.preventDefault();
                    if (dragged && drop?.key === row.key) dragAndDrop.onDrop(dragged, row, drop.place);
                    setDragging(undefined);
                    setDrop(undefined);
                  },
                })}
              >
                {renderRow(row, { active, selected })}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
