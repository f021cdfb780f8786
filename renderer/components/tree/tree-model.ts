/**
 * The keyboard model of an ARIA tree (WAI-ARIA APG "Tree View"), as pure functions over the rows a
 * tree shows now: a flat list in display order where each row knows its level, whether it has
 * children and whether it is expanded. Collapsed rows' children are simply not in the list. Pure, so
 * every key is unit-tested without a screen; `use-tree-keyboard.ts` wires it to React.
 *
 * Keys: ↓ / ↑ next and previous row · → opens a closed parent, or moves into an open one · ← closes
 * an open parent, or moves to the parent · Home / End first and last row · PageDown / PageUp a page ·
 * Enter (and Space when no type-ahead is under way) activates: a leaf is opened, a parent toggles ·
 * Shift+F10 or the Menu key asks for the row's menu · any printable character jumps to the next row
 * whose label starts with what was typed in the last half second (type-ahead).
 */

/** What the model needs of a row. */
export interface TreeRow {
  /** Stable identity: the active row follows its key when the rows change. */
  key: string;
  /** 1 for top-level rows. */
  level: number;
  /** Whether the row can be expanded (it has children, shown or not). */
  hasChildren: boolean;
  /** Whether a parent row is open now (ignored for leaves). */
  expanded?: boolean;
  /** The words type-ahead matches against (the row's visible name). */
  label: string;
}

/** What a key press asks the tree to do. */
export type TreeCommand =
  | { kind: 'move'; index: number }
  | { kind: 'toggle'; index: number; expand: boolean }
  | { kind: 'activate'; index: number }
  | { kind: 'menu'; index: number }
  | { kind: 'none' };

/** The parts of a KeyboardEvent the model reads. */
export interface TreeKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Options of {@link treeCommand}. */
export interface TreeCommandOptions {
  /** Rows PageUp / PageDown move by. */
  pageSize?: number;
  /** What Enter does on a parent row: open/close it (default), or activate it like a leaf. */
  parentActivation?: 'toggle' | 'activate';
  /** The type-ahead text typed so far, including this key (see {@link typeAhead}); set when the key is printable. */
  typed?: string;
}

/** The index of the parent of the row at `index`, or -1 for a top-level row. */
export function parentIndex(rows: readonly TreeRow[], index: number): number {
  const level = rows[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i -= 1) if (rows[i]!.level < level) return i;
  return -1;
}

/** aria-setsize and aria-posinset of every row: its place among the siblings under the same parent. */
export function siblingPositions(rows: readonly TreeRow[]): { setSize: number; posInSet: number }[] {
  const positions = rows.map(() => ({ setSize: 0, posInSet: 0 }));
  // One open sibling group per level: the indexes seen so far under the current parent.
  const groups: number[][] = [];
  const close = (fromLevel: number) => {
    while (groups.length > fromLevel) {
      const group = groups.pop()!;
      for (const at of group) positions[at]!.setSize = group.length;
    }
  };
  rows.forEach((row, index) => {
    close(row.level);
    while (groups.length < row.level) groups.push([]);
    const group = groups[row.level - 1]!;
    group.push(index);
    positions[index]!.posInSet = group.length;
  });
  close(0);
  return positions;
}

const isPrintable = (key: TreeKey) => key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey;

/**
 * The row type-ahead lands on: the first row, after the active one, whose label starts with `typed`
 * (case-insensitive), wrapping round. Typing one character again and again cycles through the rows
 * that start with it; a longer prefix first tries the active row itself, so "st", "sto" stay put.
 */
export function typeAheadIndex(rows: readonly TreeRow[], active: number, typed: string): number {
  if (rows.length === 0 || typed === '') return -1;
  const needle = typed.toLocaleLowerCase();
  const repeated = [...needle].every((ch) => ch === needle[0]);
  const prefix = repeated ? needle[0]! : needle;
  const start = repeated || active < 0 ? active + 1 : active;
  for (let step = 0; step < rows.length; step += 1) {
    const index = (((start + step) % rows.length) + rows.length) % rows.length;
    if (rows[index]!.label.trim().toLocaleLowerCase().startsWith(prefix)) return index;
  }
  return -1;
}

/** What `key` does with `active` as the active row of `rows`. */
export function treeCommand(rows: readonly TreeRow[], active: number, key: TreeKey, options: TreeCommandOptions = {}): TreeCommand {
  const last = rows.length - 1;
  if (last < 0) return { kind: 'none' };
  // Nothing active yet: the first key lands on the first row (End on the last).
  if (active < 0 || active > last) {
    if (key.key === 'End') return { kind: 'move', index: last };
    if (['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'PageDown', 'PageUp'].includes(key.key)) return { kind: 'move', index: 0 };
  }
  const row = rows[active];
  const page = Math.max(1, options.pageSize ?? 10);
  switch (key.key) {
    case 'ArrowDown':
      return { kind: 'move', index: Math.min(last, active + 1) };
    case 'ArrowUp':
      return { kind: 'move', index: Math.max(0, active - 1) };
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: last };
    case 'PageDown':
      return { kind: 'move', index: Math.min(last, active + page) };
    case 'PageUp':
      return { kind: 'move', index: Math.max(0, active - page) };
    case 'ArrowRight':
      if (!row?.hasChildren) return { kind: 'none' };
      if (!row.expanded) return { kind: 'toggle', index: active, expand: true };
      return active < last && rows[active + 1]!.level > row.level ? { kind: 'move', index: active + 1 } : { kind: 'none' };
    case 'ArrowLeft': {
      if (row?.hasChildren && row.expanded) return { kind: 'toggle', index: active, expand: false };
      const parent = parentIndex(rows, active);
      return parent >= 0 ? { kind: 'move', index: parent } : { kind: 'none' };
    }
    case 'Enter':
      return enter(row, active, options);
    case 'F10':
      return key.shiftKey && row ? { kind: 'menu', index: active } : { kind: 'none' };
    case 'ContextMenu':
      return row ? { kind: 'menu', index: active } : { kind: 'none' };
    default:
      break;
  }
  if (!isPrintable(key)) return { kind: 'none' };
  // Space activates unless it is part of a type-ahead word ("get all").
  if (key.key === ' ' && (options.typed ?? ' ').trim() === '') return enter(row, active, options);
  const index = typeAheadIndex(rows, active, options.typed ?? key.key);
  return index >= 0 ? { kind: 'move', index } : { kind: 'none' };
}

function enter(row: TreeRow | undefined, active: number, options: TreeCommandOptions): TreeCommand {
  if (!row) return { kind: 'none' };
  if (row.hasChildren && options.parentActivation !== 'activate') return { kind: 'toggle', index: active, expand: !row.expanded };
  return { kind: 'activate', index: active };
}

/** The type-ahead buffer: characters typed within `pauseMs` of each other add up; a longer pause starts afresh. */
export function typeAhead(previous: { text: string; at: number }, character: string, now: number, pauseMs = 500): { text: string; at: number } {
  return { text: now - previous.at <= pauseMs ? previous.text + character : character, at: now };
}
