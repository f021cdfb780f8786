/** The response feature's public face: the panel showing a request's answer, and its table of items (the Watch panel shows new items with it). */
export { ResponsePanel } from './response-panel';
export { TableView } from './table/table-view';
/** Saving text as a file the way the host can (a download the desktop app turns into a Save dialog). */
export { downloadText } from './body/download';
