/**
 * The browser's Notification API, for the web host (the desktop app's notifications come from main).
 * Permission is asked only when the user switches a watch's notifications on, never at start-up.
 */

/** Where the browser stands on notifications from this page. */
export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

const api = (): typeof Notification | undefined => (typeof globalThis.Notification === 'function' ? globalThis.Notification : undefined);

/** The current permission, without asking. */
export function notificationPermission(): NotificationPermissionState {
  return api()?.permission ?? 'unsupported';
}

/** Asks the browser (it shows its own prompt once); must run from the user's click. */
export async function askNotificationPermission(): Promise<NotificationPermissionState> {
  const Notifier = api();
  if (!Notifier) return 'unsupported';
  if (Notifier.permission !== 'default') return Notifier.permission;
  try {
    return await Notifier.requestPermission();
  } catch {
    return Notifier.permission;
  }
}

/** Shows a notification when allowed; a click brings the window forward and runs `onClick`. */
export function showBrowserNotification(title: string, body: string, onClick: () => void): boolean {
  const Notifier = api();
  if (!Notifier || Notifier.permission !== 'granted') return false;
  const notification = new Notifier(title, { body, icon: './icon.svg' });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
  return true;
}

/** Why notifications cannot be shown, in words; undefined when they can (or may be asked for). */
export function notificationProblem(state: NotificationPermissionState): string | undefined {
  if (state === 'denied') return 'Your browser blocks notifications from Shoreline. Allow them in the site settings (the icon left of the address), then switch this on again.';
  if (state === 'unsupported') return 'This browser cannot show notifications. New items still appear in the Watch tab with a count.';
  return undefined;
}
