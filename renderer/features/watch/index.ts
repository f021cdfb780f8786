/**
 * The watch feature's public face: the Watch button beside Send, "Watch…" for a saved request, the Watch tab's label (with its count)
 * and panel, and the browser notifications of the web host. The panel loads only when first shown.
 */
import { lazy } from 'react';

export { WatchButton } from './watch-button';
export { WatchNotifier } from './watch-notifier';
export { watchableMethod } from './watch-request';
export { useWatchSaved } from './watch-saved';
export { WatchTabLabel } from './watch-tab-label';

/** The Watch tab's panel, loaded on first use (wrap it in Suspense). */
export const WatchPanel = lazy(() => import('./watch-panel').then((m) => ({ default: m.WatchPanel })));
