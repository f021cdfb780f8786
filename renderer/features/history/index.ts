/** The history feature's public face: the sidebar tab of sent requests, loaded when first shown (inside a Suspense boundary). */
import { lazy } from 'react';

export type { HistoryPanelProps } from './history-panel';
export const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));
