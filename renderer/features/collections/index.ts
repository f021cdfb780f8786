/** The collections feature's public face: the sidebar tab. */
export { CollectionsPanel } from './collections-panel';
