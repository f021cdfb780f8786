// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WatchInfo } from '../../../shared/contract/watch';
import { NotifierProvider } from '../../components/notifier';
import { fakeHost } from '../../host/fake-host';
import { HostProvider } from '../../host/host-context';
import { WatchNotifier } from './watch-notifier';
import { WatchPanel } from './watch-panel';
import { WatchTabLabel } from './watch-tab-label';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const watch = (over: Partial<WatchInfo>): WatchInfo => ({
  id: 'w1', name: 'Audit log', request: { method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs', headers: [] }, intervalSeconds: 60, notify: true,
  createdAt: '2026-12-02T09:00:00.000Z', phase: 'waiting', status: 'Watching every 60 s; nothing new yet.', how: '', unseen: 0, found: 0, checks: 1, kept: true, ...over,
});

function setup(watches: WatchInfo[]) {
  const items = [{ key: 'id:a', item: { id: 'a', description: 'alice logged in' }, foundAt: '2026-12-02T10:00:00.000Z' }, { key: 'id:b', item: { id: 'b', description: 'bob logged in' }, foundAt: '2026-12-02T10:00:01.000Z' }];
  const fake = fakeHost({
    'watch.list': () => watches,
    'watch.items': () => ({ items, unseen: 2, found: 2 }),
    'watch.markSeen': ({ id }) => watch({ id, unseen: 0 }),
    'watch.stop': ({ id }) => watch({ id, phase: 'stopped' }),
    'watch.resume': ({ id }) => watch({ id }),
    'watch.remove': () => undefined,
  });
  render(
    <HostProvider host={fake.host}>
      <NotifierProvider>
        <WatchTabLabel />
        <WatchPanel />
      </NotifierProvider>
    </HostProvider>,
  );
  return fake;
}

describe('the Watch panel', () => {
  it('says what each watch is doing, counts what is new on the tab, and follows changes pushed by main', async () => {
    const retry = { code: 'rate_limited', reason: 'The server answered 429 Too Many Requests.', attempt: 1, waitMs: 20_000, at: new Date(Date.now() + 20_000).toISOString(), asked: true };
    const fake = setup([watch({ unseen: 3, unseenText: '3 new since you last looked', found: 3 }), watch({ id: 'w2', name: 'Volumes', phase: 'retrying', retry })]);
    const cards = await screen.findAllByTestId('watch-card');
    expect(within(cards[0]!).getByTestId('watch-unseen').textContent).toBe('3 new since you last looked');
    expect(within(cards[1]!).getByTestId('watch-state').textContent).toMatch(/^Retrying in (19|20) s$/);
    expect(within(cards[1]!).getByTestId('watch-detail').textContent).toContain('as the server asked');
    expect(screen.getByTestId('watch-badge').textContent).toBe('3');
    expect(screen.getByText(', 3 new')).toBeTruthy();

    const stopped = watch({ id: 'w2', name: 'Volumes', phase: 'stopped', stop: { code: 'forbidden', reason: 'Your role lacks volume.read.', status: 403, at: '2026-12-02T10:00:00.000Z' }, unseen: 4 });
    fake.emit('watch.changed', { id: 'w2', watch: stopped });
    // A pushed change is drawn at once; the longer wait is for a CI machine that stalls (it once took over 1 s).
    await waitFor(() => expect(within(screen.getAllByTestId('watch-card')[1]!).getByTestId('watch-detail').textContent).toBe('Your role lacks volume.read.'), { timeout: 5000 });
    expect(screen.getByTestId('watch-badge').textContent).toBe('7');
    // Patched in place from the pushed watch: the list is asked once (the tab label and the panel, mounted together, share the question), never again.
    expect(fake.calls.filter(([name]) => name === 'watch.list')).toHaveLength(1);
    fake.emit('watch.changed', { id: 'w2', watch: null });
    await waitFor(() => expect(screen.getAllByTestId('watch-card')).toHaveLength(1));
  });

  it('shows the items oldest first as JSON and marks them seen; stop, resume and remove ask main', async () => {
    const fake = setup([watch({ unseen: 2, unseenText: '2 new since you last looked', found: 2 })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Show items' }));
    const dialog = await screen.findByTestId('watch-items-dialog');
    await waitFor(() => expect(within(dialog).getByTestId('watch-items-summary').textContent).toBe('2 items found, oldest first. All of them are new since you last looked.'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'JSON' }));
    expect((JSON.parse(within(dialog).getByTestId('watch-items-json').textContent!) as Array<{ id: string }>).map((i) => i.id)).toEqual(['a', 'b']);
    expect(fake.calls).toContainEqual(['watch.markSeen', { id: 'w1' }]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(fake.calls).toContainEqual(['watch.stop', { id: 'w1' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove the watch “Audit log”?' });
    expect(fake.calls.some(([name]) => name === 'watch.remove')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(fake.calls).toContainEqual(['watch.remove', { id: 'w1' }]));
  });

  it('raises a browser notification on the web host only for a watch that asks, once allowed', async () => {
    const shown: Array<{ title: string; body?: string }> = [];
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string }) {
        shown.push({ title, ...(options.body !== undefined && { body: options.body }) });
      }
      close() {}
    }
    vi.stubGlobal('Notification', FakeNotification);
    const fake = fakeHost({});
    render(<HostProvider host={fake.host}><WatchNotifier /></HostProvider>);
    const items = [{ key: 'id:a', item: { id: 'a', description: 'alice logged in' }, foundAt: '2026-12-02T10:00:00.000Z' }];
    fake.emit('watch.newItems', { id: 'w1', name: 'Audit log', items, unseen: 1, notify: false });
    fake.emit('watch.newItems', { id: 'w1', name: 'Audit log', items, unseen: 1, notify: true });
    expect(shown).toEqual([{ title: 'Audit log: 1 new', body: 'alice logged in' }]);
    FakeNotification.permission = 'denied';
    await act(async () => fake.emit('watch.newItems', { id: 'w1', name: 'Audit log', items, unseen: 2, notify: true }));
    expect(shown).toHaveLength(1);
  });
});
