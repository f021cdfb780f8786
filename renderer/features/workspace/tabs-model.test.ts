import { describe, expect, it } from 'vitest';
import { blankRequest } from '../../../shared/model/request';
import type { TabSource } from '../../../shared/model/workspace';
import { persisted, tabsReducer, type OpenTab, type TabsState } from './tabs-model';

const op = (operationId: string): TabSource => ({ kind: 'operation', specId: 'dscc', operationId });
const tab = (id: string, source: TabSource, over: Partial<OpenTab> = {}): OpenTab => ({ id, source, title: id, request: blankRequest(), preview: false, dirty: false, ...over });
const empty: TabsState = { tabs: [], activeId: null };
const ids = (state: TabsState) => state.tabs.map((t) => `${t.id}${t.preview ? '*' : ''}`).join(' ');
const run = (state: TabsState, ...actions: Parameters<typeof tabsReducer>[1][]) => actions.reduce(tabsReducer, state);

describe('opening tabs', () => {
  it('previews a single click in one reusable tab, and keeps a pinned tab when another opens', () => {
    let state = run(empty, { type: 'open', tab: tab('a', op('GET /a'), { preview: true }) });
    state = run(state, { type: 'open', tab: tab('b', op('GET /b'), { preview: true }) });
    expect(ids(state)).toBe('b*');
    state = run(state, { type: 'pin', id: 'b' }, { type: 'open', tab: tab('c', op('GET /c'), { preview: true }) });
    expect(ids(state)).toBe('b c*');
    expect(state.activeId).toBe('c');
  });

  it('pins a preview tab on edit, and never replaces one with unsaved changes', () => {
    let state = run(empty, { type: 'open', tab: tab('a', op('GET /a'), { preview: true }) }, { type: 'edit', id: 'a', patch: { subTab: 'body' }, pin: true });
    expect(ids(state)).toBe('a');
    state = run(state, { type: 'open', tab: tab('b', op('GET /b'), { preview: true }) }, { type: 'edit', id: 'b', patch: {}, dirty: true });
    state = run(state, { type: 'open', tab: tab('c', op('GET /c'), { preview: true }) });
    expect(ids(state)).toBe('a b* c*');
  });

  it('shows the open tab of the same request instead of opening it twice, pinning it on a double click', () => {
    let state = run(empty, { type: 'open', tab: tab('a', op('GET /a'), { preview: true }) }, { type: 'open', tab: tab('x', { kind: 'blank' }) });
    state = run(state, { type: 'open', tab: tab('a2', op('GET /a'), { preview: true }) });
    expect(ids(state)).toBe('a* x');
    expect(state.activeId).toBe('a');
    state = run(state, { type: 'open', tab: tab('a3', op('GET /a'), { preview: false }) });
    expect(ids(state)).toBe('a x');
    const saved: TabSource = { kind: 'saved', collectionId: 'c-1', itemId: 'r-1' };
    state = run(state, { type: 'open', tab: tab('s', saved) }, { type: 'open', tab: tab('s2', saved) }, { type: 'open', tab: tab('n', { kind: 'blank' }) });
    expect(ids(state)).toBe('a s n x');
  });

  it('opens a new tab right after the active one', () => {
    const state = run(empty, { type: 'open', tab: tab('a', { kind: 'blank' }) }, { type: 'open', tab: tab('b', { kind: 'blank' }) }, { type: 'activate', id: 'a' }, { type: 'open', tab: tab('c', { kind: 'blank' }) });
    expect(ids(state)).toBe('a c b');
  });
});

describe('closing, switching and saving', () => {
  const three = run(empty, ...['a', 'b', 'c'].map((id) => ({ type: 'open' as const, tab: tab(id, { kind: 'blank' }) })));

  it('shows the right neighbour after closing the shown tab, else the left one, else none', () => {
    let state = run(three, { type: 'activate', id: 'b' }, { type: 'close', id: 'b' });
    expect([ids(state), state.activeId]).toEqual(['a c', 'c']);
    state = run(state, { type: 'close', id: 'c' });
    expect(state.activeId).toBe('a');
    state = run(state, { type: 'close', id: 'a' });
    expect(state).toEqual(empty);
    expect(run(three, { type: 'close', id: 'a' }).activeId).toBe('c');
  });

  it('cycles forward and back, wrapping round (Ctrl+Tab, Ctrl+Shift+Tab)', () => {
    expect(run(three, { type: 'cycle', step: 1 }).activeId).toBe('a');
    expect(run(three, { type: 'cycle', step: -1 }).activeId).toBe('b');
    expect(run(empty, { type: 'cycle', step: 1 })).toEqual(empty);
  });

  it('keeps each tab’s answer when switching, and drops answers and drafts from what is saved', () => {
    const answer = { error: { code: 'timeout' as const, message: 'slow' } };
    const state = run(three, { type: 'answer', id: 'a', change: () => answer }, { type: 'activate', id: 'b' }, { type: 'activate', id: 'a' });
    expect(state.tabs[0]!.answer).toEqual(answer);
    expect(state.tabs[1]!.answer).toBeUndefined();
    expect(JSON.stringify(persisted(state))).not.toContain('slow');
    expect(persisted(state)).toEqual({ activeId: 'a', tabs: three.tabs });
  });

  it('marks a tab saved into a collection: no longer unsaved, no longer a preview, named as saved', () => {
    const state = run(three, { type: 'edit', id: 'b', patch: {}, dirty: true }, { type: 'saved', id: 'b', source: { kind: 'saved', collectionId: 'c-1', itemId: 'r-9' }, title: 'Get all storage systems' });
    expect(state.tabs[1]).toMatchObject({ dirty: false, preview: false, title: 'Get all storage systems', source: { kind: 'saved', itemId: 'r-9' } });
  });

  it('moves a tab to another place', () => {
    expect(ids(run(three, { type: 'move', id: 'c', index: 0 }))).toBe('c a b');
  });

  it('restores the last session, the active tab or else the first', () => {
    expect(run(empty, { type: 'restore', workspace: { tabs: three.tabs, activeId: null } }).activeId).toBe('a');
  });
});
