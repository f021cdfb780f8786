/**
 * The environments feature's public face: the window's one copy of the environments, the picker and
 * the dialog. The picker and the dialog live in the header's connection bar, which loads after the
 * first screen, so they load with it (wrap them in Suspense) and stay out of the window's first bundle.
 */
import { lazy } from 'react';

export { EnvironmentsProvider, useActiveEnvironment, useEnvironments, type EnvironmentsView } from './environments-context';

/** The header's environment picker, loaded on first use. */
export const EnvironmentPicker = lazy(() => import('./environment-picker').then((m) => ({ default: m.EnvironmentPicker })));
/** The environments dialog, loaded on first use. */
export const EnvironmentsDialog = lazy(() => import('./environments-dialog').then((m) => ({ default: m.EnvironmentsDialog })));
