/** The runner feature's public face: the Run panel for a collection or folder (loaded when first opened). */
export { RunDialog, type RunTarget } from './run-dialog';
