/**
 * The collections feature's public face: the sidebar tab (loaded when first shown, inside a
 * Suspense boundary), "Save as", and the collections and globals the window resolves requests with.
 */
import { lazy } from 'react';

export const CollectionsPanel = lazy(() => import('./collections-panel').then((m) => ({ default: m.CollectionsPanel })));
export { SaveRequestDialog, type SaveRequestDialogProps } from './save-request-dialog';
export { importKindOf, type ImportKind } from './postman/file-kind';
export { CollectionsProvider, useCollectionsList, useGlobals, type CollectionsView } from './use-collections';
