/**
 * The watch feature's public face: the Watch button beside Send, "Watch…" for a saved request, the Watch tab's label (with its count)
 * and panel, and the browser notifications of the web host. The panel loads only when first shown.
 */
import { lazy } from 'react';

// The button (and MUI's tooltip machinery) loads with the work area that shows it, not with the first
// screen. The browser loads a module once, however often it is imported.
const loadWatchButton = () => import('./watch-button');

/** The Watch button beside Send (render it inside Suspense; the work area preloads it, see {@link preloadWatchButton}). */
export const WatchButton = lazy(() => loadWatchButton().then((m) => ({ default: m.WatchButton })));

/** Loads the Watch button, so that the work area can wait for it and appear whole. */
export const preloadWatchButton = (): Promise<void> => loadWatchButton().then(() => undefined);
export { WatchNotifier } from './watch-notifier';
export { watchableMethod } from './watch-request';
export { useWatchSaved } from './watch-saved';
export { WatchTabLabel } from './watch-tab-label';

/** The Watch tab's panel, loaded on first use (wrap it in Suspense). */
export const WatchPanel = lazy(() => import('./watch-panel').then((m) => ({ default: m.WatchPanel })));
