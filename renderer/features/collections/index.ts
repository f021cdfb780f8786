/** The collections feature's public face: the sidebar tab, "Save as", and the collections and globals the window resolves requests with. */
export { CollectionsPanel } from './collections-panel';
export { SaveRequestDialog, type SaveRequestDialogProps } from './save-request-dialog';
export { importKindOf, type ImportKind } from './postman/file-kind';
export { CollectionsProvider, useCollectionsList, useGlobals, type CollectionsView } from './use-collections';
