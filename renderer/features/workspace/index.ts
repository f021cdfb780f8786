/** The workspace feature's public face: what the window has open, and how to open something. */
export { WorkspaceProvider, operationRef, useWorkspace, type OpenRequest } from './workspace-context';
