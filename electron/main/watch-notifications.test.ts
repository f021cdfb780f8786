/** The desktop notification glue, against the fake electron's Notification. */
import { describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../shared/contract/index';
import { createEventBus } from '../services/events/event-bus';
import { createDesktopModules, type DesktopRecord } from './test-support/fake-electron/fake-desktop';
import type { FakeProtocol } from './test-support/fake-electron/fake-protocol';
import { notifyNewWatchItems } from './watch-notifications';

const found = (id: string, description: string) => ({ key: `id:${id}`, item: { id, description }, foundAt: '2026-12-02T10:00:00.000Z' });
const newItems = (notify: boolean, items = [found('a', 'alice logged in'), found('b', 'bob logged in')]): PayloadOf<'watch.newItems'> => ({ id: 'w1', name: 'Audit log', items, unseen: items.length, notify });

describe('watch notifications in the desktop app', () => {
  it('shows one notification per batch of new items when the watch asks for it, and focuses the window on a click', () => {
    const record: DesktopRecord = { applicationMenu: null, openedExternally: [], errorBoxes: [], notifications: [] };
    const { Notification } = createDesktopModules(record, () => true, {} as FakeProtocol);
    const bus = createEventBus();
    const shown: Array<{ emit(event: 'click'): boolean }> = [];
    let clicks = 0;
    const Spy = class extends Notification {
      constructor(options: { title: string; body: string }) {
        super(options);
        shown.push(this);
      }
    };
    const stop = notifyNewWatchItems(bus, Spy, () => (clicks += 1));
    bus.emit('watch.newItems', newItems(true));
    bus.emit('watch.newItems', newItems(false));
    bus.emit('watch.newItems', newItems(true, []));
    bus.emit('watch.changed', { id: 'w1', watch: null });
    expect(record.notifications).toEqual([{ title: 'Audit log: 2 new', body: 'Newest: bob logged in' }]);
    shown[0]!.emit('click');
    expect(clicks).toBe(1);
    stop();
    bus.emit('watch.newItems', newItems(true));
    expect(record.notifications).toHaveLength(1);
  });
});
