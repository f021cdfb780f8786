// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry, HistorySummary } from '../../../shared/contract/history';
import type { Host } from '../../host/host';
import { HostProvider } from '../../host/host-context';
import { HistoryPanel } from './history-panel';

afterEach(cleanup);

// jsdom lays nothing out; give scroll areas a height so the virtualised list draws its rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 }));
afterAll(() => clientHeight && Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight));

function fakeHost(initial: HistorySummary[]) {
  let entries = [...initial];
  const listeners = new Set<(p: unknown) => void>();
  const calls: Array<[string, unknown]> = [];
  const host: Host = {
    kind: 'web',
    on: (_name, listener) => {
      listeners.add(listener as (p: unknown) => void);
      return () => listeners.delete(listener as (p: unknown) => void);
    },
    invoke: (async (name: string, input: Record<string, unknown>) => {
      calls.push([name, input]);
      if (name === 'history.list') {
        const q = String(input.query ?? '').toLowerCase();
        const found = entries.filter((e) => e.url.toLowerCase().includes(q));
        return { entries: found, total: found.length };
      }
      if (name === 'history.get') return { ...entries.find((e) => e.id === input.id), requestHeaders: [] } satisfies Partial<HistoryEntry>;
      if (name === 'history.clear') entries = [];
      if (name === 'specs.tree') return [{ spec: { id: 'dscc' }, tags: [{ name: 'storage-systems', operations: [{ id: 'GET /api/v1/storage-systems', method: 'GET', path: '/api/v1/storage-systems', summary: 'Get all storage systems', tags: [], deprecated: false }] }] }];
      return undefined;
    }) as Host['invoke'],
  };
  const changed = () => act(() => listeners.forEach((l) => l({ reason: 'cleared' })));
  return { host, calls, changed };
}

const entries: HistorySummary[] = [
  { id: 'h1', time: new Date().toISOString(), method: 'GET', url: 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems', status: 200, durationMs: 143, kind: 'send' },
  { id: 'h2', time: new Date(Date.now() - 3_600_000).toISOString(), method: 'DELETE', url: 'https://eu1.data.cloud.hpe.com/api/v1/volumes/v1', status: 403, durationMs: 88, kind: 'send' },
];

describe('HistoryPanel', () => {
  it('says what the history is for when nothing was sent', async () => {
    const { host } = fakeHost([]);
    render(<HostProvider host={host}><HistoryPanel /></HostProvider>);
    expect((await screen.findByTestId('history-empty')).textContent).toContain('Every request you send is listed here');
  });

  it('lists entries, re-opens one in full, and searches', async () => {
    const { host, calls } = fakeHost(entries);
    const onReopen = vi.fn();
    render(<HostProvider host={host}><HistoryPanel onReopen={onReopen} /></HostProvider>);
    const rows = await screen.findAllByTestId('history-entry');
    expect(rows.map((r) => r.getAttribute('data-history-id'))).toEqual(['h1', 'h2']);
    expect(within(rows[0] as HTMLElement).getByText('/api/v1/storage-systems')).toBeTruthy();
    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: /Open DELETE/ }));
    await waitFor(() => expect(onReopen).toHaveBeenCalledWith(expect.objectContaining({ id: 'h2', requestHeaders: [] })));
    fireEvent.change(screen.getByTestId('history-search'), { target: { value: 'nothing-like-this' } });
    expect(await screen.findByTestId('history-no-match')).toBeTruthy();
    expect(calls.some(([name, input]) => name === 'history.list' && (input as { query?: string }).query === 'nothing-like-this')).toBe(true);
  });

  it('names each entry by its operation and environment, and shows its address decoded', async () => {
    const named: HistorySummary[] = [
      { ...entries[0]!, id: 'h3', url: 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems?sort=id%20asc%2Cname%20desc', operationId: 'dscc:GET /api/v1/storage-systems', environmentName: 'Data Services (EU Central)' },
      { ...entries[0]!, id: 'h4', url: 'https://us1.data.cloud.hpe.com/api/v1/storage-systems?select=id', operationId: 'dscc:GET /api/v1/storage-systems', environmentName: 'Data Services (US West)' },
    ];
    const { host } = fakeHost(named);
    render(<HostProvider host={host}><HistoryPanel /></HostProvider>);
    await waitFor(() => expect(screen.getAllByTestId('history-name').map((n) => n.textContent)).toEqual(['Get all storage systems', 'Get all storage systems']));
    expect(screen.getAllByTestId('history-address').map((n) => n.textContent)).toEqual(['/api/v1/storage-systems?sort=id asc,name desc', '/api/v1/storage-systems?select=id']);
    expect(screen.getAllByTestId('history-environment').map((n) => n.textContent)).toEqual(['Data Services (EU Central)', 'Data Services (US West)']);
  });

  it('clears after confirmation and refreshes on history.changed', async () => {
    const { host, calls, changed } = fakeHost(entries);
    render(<HostProvider host={host}><HistoryPanel /></HostProvider>);
    await screen.findAllByTestId('history-entry');
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    const dialog = await screen.findByTestId('clear-history-dialog');
    expect(dialog.textContent).toContain('2 requests');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(calls.some(([name]) => name === 'history.clear')).toBe(true));
    changed();
    expect(await screen.findByTestId('history-empty')).toBeTruthy();
  });
});
