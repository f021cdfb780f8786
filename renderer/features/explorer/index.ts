/** The explorer feature's public face: the sidebar tab of imported specs. */
export { ExplorerPanel } from './explorer-panel';
