/** The response feature's public face: the panel showing a request's answer. */
export { ResponsePanel } from './response-panel';
/** Saving text as a file the way the host can (a download the desktop app turns into a Save dialog). */
export { downloadText } from './body/download';
