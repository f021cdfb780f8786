/** The request feature's public face: the work area (first-run guide or the open request's builder). */
export { RequestArea } from './request-area';
