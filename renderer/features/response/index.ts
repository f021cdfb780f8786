/** The response feature's public face: the panel showing a request's answer. */
export { ResponsePanel } from './response-panel';
