// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WatchInfo } from '../../../shared/contract/watch';
import { fakeHost } from '../../host/fake-host';
import { HostProvider } from '../../host/host-context';
import { WatchDialog } from './watch-dialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const request = { method: 'GET' as const, url: '{{baseUrl}}/audit-log/v1/logs', headers: [] };
const started = { id: 'w1', name: 'Audit log' } as WatchInfo;

function open(kind: 'web' | 'electron', answer: NotificationPermission) {
  const asked: string[] = [];
  const FakeNotification = Object.assign(function FakeNotification() {}, { permission: 'default', requestPermission: async () => (asked.push('asked'), answer) });
  vi.stubGlobal('Notification', FakeNotification);
  const fake = fakeHost({ 'watch.start': () => started });
  fake.host.kind = kind;
  const onDone = vi.fn();
  render(
    <HostProvider host={fake.host}>
      <WatchDialog target={{ kind: 'start', request, name: 'Audit log', origin: { kind: 'tab', id: 't1' } }} onClose={() => undefined} onDone={onDone} />
    </HostProvider>,
  );
  return { fake, asked, onDone, toggle: () => screen.getByRole('switch', { name: 'Show a desktop notification when new items arrive' }) as HTMLInputElement };
}

describe('the watch dialog', () => {
  it('in a browser, starts with notifications off and asks permission only when they are switched on', async () => {
    const { fake, asked, onDone, toggle } = open('web', 'denied');
    expect(toggle().checked).toBe(false);
    expect(asked).toEqual([]);
    fireEvent.click(toggle());
    await screen.findByText(/Your browser blocks notifications from Shoreline/);
    expect(asked).toEqual(['asked']);
    expect(toggle().checked).toBe(false);
    fireEvent.change(screen.getByRole('textbox', { name: 'Check every' }), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start watching' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(started));
    expect(fake.calls).toContainEqual(['watch.start', { request, name: 'Audit log', intervalSeconds: 30, notify: false, origin: { kind: 'tab', id: 't1' } }]);
  });

  it('in the desktop app, starts with notifications on (main shows them) and refuses an interval that is not a number', async () => {
    const { fake, asked, toggle } = open('electron', 'granted');
    expect(toggle().checked).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Check every' }), { target: { value: 'soon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start watching' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Type the number of seconds between checks, such as 60.');
    expect(fake.calls).toEqual([]);
    expect(asked).toEqual([]);
  });
});
