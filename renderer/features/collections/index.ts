/**
 * The collections feature's public face: the sidebar tab (loaded when first shown, inside a
 * Suspense boundary), "Save as", and the collections and globals the window resolves requests with.
 */
import { lazy } from 'react';

export const CollectionsPanel = lazy(() => import('./collections-panel').then((m) => ({ default: m.CollectionsPanel })));
/** "Save as", loaded when first opened (wrap it in Suspense): the window's first screen never shows it. */
export const SaveRequestDialog = lazy(() => import('./save-request-dialog').then((m) => ({ default: m.SaveRequestDialog })));
export type { SaveRequestDialogProps } from './save-request-dialog';
export { importKindOf, type ImportKind } from './postman/file-kind';
export { CollectionsProvider, useCollectionsList, useGlobals, type CollectionsView } from './use-collections';
