/**
 * The request feature's public face: the work area (first-run guide or the open request's builder).
 * Loaded on demand, so the window's first bundle holds only the shell and the explorer (render it
 * inside a Suspense boundary).
 */
import { lazy } from 'react';

export const RequestArea = lazy(() => import('./request-area').then((m) => ({ default: m.RequestArea })));
