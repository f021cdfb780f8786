/**
 * On the web host, turns `watch.newItems` of a watch whose notifications are on into a browser
 * notification (main does it in the desktop app). Renders nothing; mounted once by the window.
 */
import { useEffect } from 'react';
import { newItemsNotification } from '../../../shared/watch/notification-text';
import { runWindowCommand } from '../../components/window-commands';
import { useHost } from '../../host/host-context';
import { showBrowserNotification } from './browser-notifications';

/** Shows browser notifications for new watch items (web host only). */
export function WatchNotifier() {
  const host = useHost();
  useEffect(() => {
    if (host.kind !== 'web') return undefined;
    return host.on('watch.newItems', ({ name, items, notify }) => {
      if (!notify || items.length === 0) return;
      const { title, body } = newItemsNotification(name, items);
      showBrowserNotification(title, body, () => runWindowCommand('showSidebarTab', { tab: 'watch' }));
    });
  }, [host]);
  return null;
}
