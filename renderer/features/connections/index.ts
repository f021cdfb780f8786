/**
 * The connections feature's public face: the header's connection area (environment picker, token
 * chip and their dialogs), loaded just after the first screen (render it inside a Suspense boundary).
 */
import { lazy } from 'react';

export const ConnectionBar = lazy(() => import('./connection-bar').then((m) => ({ default: m.ConnectionBar })));
export { useConnections, type ConnectionsState } from './use-connections';
