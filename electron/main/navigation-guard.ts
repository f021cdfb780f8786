/** Keeps every window on the app: no navigation away, no new windows, https links to the system browser. */
import { shell, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/** Opens `url` in the system browser when it is https; anything else is dropped. */
export function openIfHttps(url: string): void {
  if (url.startsWith('https://')) void shell.openExternal(url);
}

/** Applies the navigation rules to one window's contents. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      openIfHttps(url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url);
    return { action: 'deny' };
  });
}
