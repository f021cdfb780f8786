/**
 * The request feature's public face: the work area (first-run guide or the open request's builder).
 * Loaded on demand, so the window's first bundle holds only the shell and the explorer (render it
 * inside a Suspense boundary).
 */
import { lazy } from 'react';
import { preloadWatchButton } from '../watch';

/** The work area; it comes with the Watch button its request builders show, so nothing pops in after it. */
export const RequestArea = lazy(() => Promise.all([import('./request-area'), preloadWatchButton()]).then(([m]) => ({ default: m.RequestArea })));
