/**
 * React state for the tree keyboard model: which row is active (followed by key when the rows change),
 * the type-ahead buffer, and the one keydown handler that turns keys into moves, toggles, activations
 * and menu requests (see tree-model.ts for the keys).
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { treeCommand, typeAhead, type TreeCommand, type TreeRow } from './tree-model';

/** Options of {@link useTreeKeyboard}. */
export interface TreeKeyboardOptions<R extends TreeRow> {
  rows: readonly R[];
  /** The row that is selected (open) now; focus lands there first. */
  selectedKey?: string | undefined;
  onToggle(row: R, expand: boolean): void;
  onActivate(row: R): void;
  /** Shift+F10 or the Menu key on a row. */
  onMenu?(row: R, index: number): void;
  /** Called after a key moved the active row, so a virtualised list can scroll it into view. */
  onMoved?(index: number): void;
  pageSize?: number;
  parentActivation?: 'toggle' | 'activate';
}

/** The active row and the handlers a tree element needs. */
export interface TreeKeyboard {
  /** Index of the active row in `rows`, or -1 when none is. */
  activeIndex: number;
  /** Makes the row at `index` the active one (a click does this). */
  setActiveIndex(index: number): void;
  onKeyDown(event: KeyboardEvent): void;
  /** On focus, makes the selected row (or the first) active when none is. */
  onFocus(): void;
}

/** Keeps the active row and answers keys. */
export function useTreeKeyboard<R extends TreeRow>(options: TreeKeyboardOptions<R>): TreeKeyboard {
  const { rows, selectedKey, onToggle, onActivate, onMenu, onMoved, pageSize, parentActivation } = options;
  // The active row is remembered by key and by index: when its key disappears (its parent closed), the
  // same place stays active.
  const [active, setActive] = useState<{ key: string; index: number }>();
  const buffer = useRef({ text: '', at: 0 });

  const byKey = active ? rows.findIndex((row) => row.key === active.key) : -1;
  const activeIndex = active === undefined || rows.length === 0 ? -1 : byKey >= 0 ? byKey : Math.min(active.index, rows.length - 1);

  const setActiveIndex = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row) setActive({ key: row.key, index });
    },
    [rows],
  );

  const run = useCallback(
    (command: TreeCommand) => {
      if (command.kind === 'none') return false;
      const row = rows[command.index]!;
      setActive({ key: row.key, index: command.index });
      if (command.kind === 'move') onMoved?.(command.index);
      else if (command.kind === 'toggle') onToggle(row, command.expand);
      else if (command.kind === 'activate') onActivate(row);
      else if (command.kind === 'menu') {
        if (!onMenu) return false;
        onMenu(row, command.index);
      }
      return true;
    },
    [rows, onMoved, onToggle, onActivate, onMenu],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      // Keys typed into something inside a row (a rename box, say) belong to it.
      if (event.target !== event.currentTarget) return;
      const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (printable) buffer.current = typeAhead(buffer.current, event.key, Date.now());
      const command = treeCommand(rows, activeIndex, event, { pageSize, parentActivation, ...(printable && { typed: buffer.current.text }) });
      if (run(command) || printable) event.preventDefault();
    },
    [rows, activeIndex, pageSize, parentActivation, run],
  );

  const onFocus = useCallback(() => {
    if (activeIndex >= 0 || rows.length === 0) return;
    const selected = selectedKey === undefined ? -1 : rows.findIndex((row) => row.key === selectedKey);
    setActiveIndex(Math.max(0, selected));
  }, [activeIndex, rows, selectedKey, setActiveIndex]);

  return { activeIndex, setActiveIndex, onKeyDown, onFocus };
}
