/**
 * Desktop notifications for watches in the desktop app: when a watch whose notifications are on
 * finds new items, main shows one notification (Electron's `Notification`); clicking it brings the
 * window forward. The web host has no main process to do this — its window uses the browser's API.
 */
import type { PayloadOf } from '../../shared/contract/index';
import { newItemsNotification } from '../../shared/watch/notification-text';
import type { EventBus } from '../services/events/event-bus';

/** The part of Electron's `Notification` class used here. */
export interface NotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string }): { show(): void; on(event: 'click', listener: () => void): unknown };
}

/** Shows a notification for each `watch.newItems` that asks for one; returns the unsubscribe function. */
export function notifyNewWatchItems(bus: Pick<EventBus, 'subscribe'>, Notification: NotificationClass, onClick: () => void): () => void {
  return bus.subscribe((name, payload) => {
    if (name !== 'watch.newItems') return;
    const found = payload as PayloadOf<'watch.newItems'>;
    if (!found.notify || found.items.length === 0 || !Notification.isSupported()) return;
    const notification = new Notification(newItemsNotification(found.name, found.items));
    notification.on('click', onClick);
    notification.show();
  });
}
