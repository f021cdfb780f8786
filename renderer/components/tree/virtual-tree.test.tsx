// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TreeRow } from './tree-model';
import { VirtualTree } from './virtual-tree';

afterEach(cleanup);

// jsdom lays nothing out; give scroll areas a height so the virtualised list draws its rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 }));
afterAll(() => clientHeight && Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight));

interface Node {
  key: string;
  label: string;
  children?: Node[];
}
const data: Node[] = [
  { key: 'a', label: 'Alpha', children: [{ key: 'a1', label: 'Apple' }, { key: 'a2', label: 'Avocado' }] },
  { key: 'b', label: 'Beta', children: [{ key: 'b1', label: 'Banana' }] },
  // Many leaves, so the list is longer than the 300 px the tree shows.
  { key: 'c', label: 'Gamma', children: Array.from({ length: 200 }, (_v, i) => ({ key: `c${i}`, label: `Item ${i}` })) },
];

function flatten(nodes: Node[], open: Set<string>, level = 1): TreeRow[] {
  return nodes.flatMap((node) => {
    const row: TreeRow = { key: node.key, level, label: node.label, hasChildren: Boolean(node.children), ...(node.children && { expanded: open.has(node.key) }) };
    return node.children && open.has(node.key) ? [row, ...flatten(node.children, open, level + 1)] : [row];
  });
}

function Harness({ onActivate, onMenu, initiallyOpen = [] }: { onActivate(key: string): void; onMenu?(key: string): void; initiallyOpen?: string[] }) {
  const [open, setOpen] = useState(new Set(initiallyOpen));
  const rows = flatten(data, open);
  return (
    <div>
      <button type="button">before</button>
      <VirtualTree
        rows={rows}
        label="Fruit"
        rowHeight={() => 30}
        selectedKey="b1"
        onActivate={(row) => onActivate(row.key)}
        onToggle={(row, expand) => setOpen((current) => {
          const next = new Set(current);
          if (expand) next.add(row.key);
          else next.delete(row.key);
          return next;
        })}
        {...(onMenu && { onMenu: (row: TreeRow) => onMenu(row.key) })}
        renderRow={(row) => (
          <span>
            {row.label}
            {row.key === 'a' && <button type="button" tabIndex={-1} onClick={() => onMenu?.('button')}>Actions</button>}
          </span>
        )}
      />
      <button type="button">after</button>
    </div>
  );
}

const tree = () => screen.getByRole('tree', { name: 'Fruit' });
const activeLabel = () => {
  const id = tree().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent?.replace('Actions', '') : undefined;
};
const key = (k: string, extra: object = {}) => act(() => void fireEvent.keyDown(tree(), { key: k, ...extra }));

describe('VirtualTree', () => {
  it('is one Tab stop: only the tree is focusable, and buttons inside rows are not Tab stops', () => {
    render(<Harness onActivate={() => undefined} initiallyOpen={['a']} />);
    const tabbable = [...document.querySelectorAll<HTMLElement>('button, [tabindex]')].filter((el) => el.tabIndex >= 0);
    expect(tabbable.map((el) => el.getAttribute('role') ?? el.textContent)).toEqual(['before', 'tree', 'after']);
  });

  it('marks rows with the tree roles and states', () => {
    render(<Harness onActivate={() => undefined} initiallyOpen={['a']} />);
    const items = screen.getAllByRole('treeitem');
    expect(items.slice(0, 4).map((item) => [item.textContent?.replace('Actions', ''), item.getAttribute('aria-level'), item.getAttribute('aria-expanded'), item.getAttribute('aria-posinset'), item.getAttribute('aria-setsize')])).toEqual([
      ['Alpha', '1', 'true', '1', '3'],
      ['Apple', '2', null, '1', '2'],
      ['Avocado', '2', null, '2', '2'],
      ['Beta', '1', 'false', '2', '3'],
    ]);
  });

  it('starts on the selected row, or the first, when focused', () => {
    render(<Harness onActivate={() => undefined} initiallyOpen={['b']} />);
    act(() => tree().focus());
    expect(activeLabel()).toBe('Banana');
    cleanup();
    render(<Harness onActivate={() => undefined} />);
    act(() => tree().focus());
    expect(activeLabel()).toBe('Alpha');
  });

  it('walks the tree with arrows: down, into a parent, out to the parent, and closes and opens it', () => {
    const onActivate = vi.fn();
    render(<Harness onActivate={onActivate} />);
    act(() => tree().focus());
    key('ArrowRight');
    expect(screen.getAllByRole('treeitem')[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(activeLabel()).toBe('Alpha');
    key('ArrowRight');
    expect(activeLabel()).toBe('Apple');
    key('ArrowDown');
    expect(activeLabel()).toBe('Avocado');
    key('ArrowLeft');
    expect(activeLabel()).toBe('Alpha');
    key('ArrowLeft');
    expect(screen.getAllByRole('treeitem')[0]!.getAttribute('aria-expanded')).toBe('false');
    key('ArrowDown');
    expect(activeLabel()).toBe('Beta');
    key('Enter');
    expect(activeLabel()).toBe('Beta');
    key('ArrowDown');
    key('Enter');
    expect(onActivate).toHaveBeenCalledWith('b1');
  });

  it('jumps with Home, End and type-ahead, keeping the active row drawn far down a long list', () => {
    render(<Harness onActivate={() => undefined} initiallyOpen={['c']} />);
    act(() => tree().focus());
    key('End');
    expect(activeLabel()).toBe('Item 199');
    key('Home');
    expect(activeLabel()).toBe('Alpha');
    key('g');
    expect(activeLabel()).toBe('Gamma');
    key('ArrowRight');
    key('End');
    // The row the tree names as active exists, though it is 200 rows down.
    expect(document.getElementById(tree().getAttribute('aria-activedescendant')!)).not.toBeNull();
  });

  it('asks for a row’s menu with Shift+F10, and leaves clicks on a row’s buttons to them', () => {
    const onMenu = vi.fn();
    const onActivate = vi.fn();
    render(<Harness onActivate={onActivate} onMenu={onMenu} />);
    act(() => tree().focus());
    key('F10', { shiftKey: true });
    expect(onMenu).toHaveBeenCalledWith('a');
    fireEvent.click(screen.getByRole('button', { name: 'Actions' }));
    expect(onMenu).toHaveBeenLastCalledWith('button');
    // The click on the button neither opened nor closed Alpha.
    expect(screen.getAllByRole('treeitem')[0]!.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByText('Alpha'));
    expect(screen.getAllByRole('treeitem')[0]!.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByText('Apple'));
    expect(onActivate).toHaveBeenCalledWith('a1');
    expect(activeLabel()).toBe('Apple');
  });
});
