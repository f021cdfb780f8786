import { describe, expect, it } from 'vitest';
import { parentIndex, siblingPositions, treeCommand, typeAhead, typeAheadIndex, type TreeRow } from './tree-model';

/**
 *   0 Storage API        (open)
 *   1   alarms           (closed)
 *   2   systems          (open)
 *   3     Get all storage systems
 *   4     Get a storage system
 *   5 Compute API        (closed)
 */
const rows: TreeRow[] = [
  { key: 's1', level: 1, hasChildren: true, expanded: true, label: 'Storage API' },
  { key: 't1', level: 2, hasChildren: true, expanded: false, label: 'alarms' },
  { key: 't2', level: 2, hasChildren: true, expanded: true, label: 'systems' },
  { key: 'o1', level: 3, hasChildren: false, label: 'Get all storage systems' },
  { key: 'o2', level: 3, hasChildren: false, label: 'Get a storage system' },
  { key: 's2', level: 1, hasChildren: true, expanded: false, label: 'Compute API' },
];
const press = (active: number, key: string, extra: Partial<{ shiftKey: boolean; ctrlKey: boolean; typed: string }> = {}) =>
  treeCommand(rows, active, { key, ...extra }, extra.typed === undefined ? {} : { typed: extra.typed });

describe('tree keyboard model', () => {
  it('moves with Up, Down, Home, End and the page keys, stopping at the ends', () => {
    expect(press(0, 'ArrowDown')).toEqual({ kind: 'move', index: 1 });
    expect(press(5, 'ArrowDown')).toEqual({ kind: 'move', index: 5 });
    expect(press(3, 'ArrowUp')).toEqual({ kind: 'move', index: 2 });
    expect(press(0, 'ArrowUp')).toEqual({ kind: 'move', index: 0 });
    expect(press(3, 'Home')).toEqual({ kind: 'move', index: 0 });
    expect(press(1, 'End')).toEqual({ kind: 'move', index: 5 });
    expect(treeCommand(rows, 1, { key: 'PageDown' }, { pageSize: 3 })).toEqual({ kind: 'move', index: 4 });
    expect(treeCommand(rows, 1, { key: 'PageUp' }, { pageSize: 3 })).toEqual({ kind: 'move', index: 0 });
  });

  it('lands on the first row (or the last with End) when nothing is active yet', () => {
    expect(press(-1, 'ArrowDown')).toEqual({ kind: 'move', index: 0 });
    expect(press(-1, 'End')).toEqual({ kind: 'move', index: 5 });
    expect(treeCommand([], -1, { key: 'ArrowDown' })).toEqual({ kind: 'none' });
  });

  it('opens a closed parent with Right, then moves into it; does nothing on a leaf', () => {
    expect(press(1, 'ArrowRight')).toEqual({ kind: 'toggle', index: 1, expand: true });
    expect(press(2, 'ArrowRight')).toEqual({ kind: 'move', index: 3 });
    expect(press(3, 'ArrowRight')).toEqual({ kind: 'none' });
    // An open parent whose children are all filtered away has nowhere to go.
    expect(treeCommand([{ key: 'x', level: 1, hasChildren: true, expanded: true, label: 'x' }], 0, { key: 'ArrowRight' })).toEqual({ kind: 'none' });
  });

  it('closes an open parent with Left, else moves to the parent; a closed top-level row stays', () => {
    expect(press(2, 'ArrowLeft')).toEqual({ kind: 'toggle', index: 2, expand: false });
    expect(press(4, 'ArrowLeft')).toEqual({ kind: 'move', index: 2 });
    expect(press(1, 'ArrowLeft')).toEqual({ kind: 'move', index: 0 });
    expect(press(5, 'ArrowLeft')).toEqual({ kind: 'none' });
  });

  it('activates a leaf with Enter or Space and toggles a parent', () => {
    expect(press(3, 'Enter')).toEqual({ kind: 'activate', index: 3 });
    expect(press(3, ' ', { typed: ' ' })).toEqual({ kind: 'activate', index: 3 });
    expect(press(1, 'Enter')).toEqual({ kind: 'toggle', index: 1, expand: true });
    expect(press(0, 'Enter')).toEqual({ kind: 'toggle', index: 0, expand: false });
    expect(treeCommand(rows, 1, { key: 'Enter' }, { parentActivation: 'activate' })).toEqual({ kind: 'activate', index: 1 });
  });

  it('asks for the menu with Shift+F10 or the Menu key, not plain F10', () => {
    expect(press(0, 'F10', { shiftKey: true })).toEqual({ kind: 'menu', index: 0 });
    expect(press(0, 'ContextMenu')).toEqual({ kind: 'menu', index: 0 });
    expect(press(0, 'F10')).toEqual({ kind: 'none' });
  });

  it('jumps by type-ahead: a prefix, a repeated letter cycling, wrapping round, case ignored', () => {
    expect(press(0, 'g', { typed: 'g' })).toEqual({ kind: 'move', index: 3 });
    expect(press(3, 'g', { typed: 'gg' })).toEqual({ kind: 'move', index: 4 });
    expect(press(4, 'g', { typed: 'ggg' })).toEqual({ kind: 'move', index: 3 });
    // "get a" stays put on a row that already matches, then goes to the one that matches the longer word.
    expect(press(3, 'e', { typed: 'ge' })).toEqual({ kind: 'move', index: 3 });
    expect(press(3, 'a', { typed: 'get a ' })).toEqual({ kind: 'move', index: 4 });
    expect(press(4, 'C', { typed: 'C' })).toEqual({ kind: 'move', index: 5 });
    expect(press(5, 's', { typed: 's' })).toEqual({ kind: 'move', index: 0 });
    expect(press(0, 'z', { typed: 'z' })).toEqual({ kind: 'none' });
    // A space inside a word is type-ahead, not activation.
    expect(press(3, ' ', { typed: 'get ' })).toEqual({ kind: 'move', index: 3 });
    // Shortcuts with Ctrl are not type-ahead.
    expect(press(0, 'g', { ctrlKey: true, typed: 'g' })).toEqual({ kind: 'none' });
  });

  it('collects type-ahead characters typed within half a second', () => {
    let buffer = typeAhead({ text: '', at: 0 }, 'g', 1000);
    buffer = typeAhead(buffer, 'e', 1300);
    expect(buffer.text).toBe('ge');
    expect(typeAhead(buffer, 'x', 2000).text).toBe('x');
    expect(typeAheadIndex(rows, -1, 'storage')).toBe(0);
    expect(typeAheadIndex(rows, 0, '')).toBe(-1);
  });

  it('knows each row’s parent and its place among its siblings', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => parentIndex(rows, i))).toEqual([-1, 0, 0, 2, 2, -1]);
    expect(siblingPositions(rows)).toEqual([
      { setSize: 2, posInSet: 1 },
      { setSize: 2, posInSet: 1 },
      { setSize: 2, posInSet: 2 },
      { setSize: 2, posInSet: 1 },
      { setSize: 2, posInSet: 2 },
      { setSize: 2, posInSet: 2 },
    ]);
  });
});
