/** The connections feature's public face: the header's connection area (environment picker, token chip and their dialogs). */
export { ConnectionBar } from './connection-bar';
export { useConnections, type ConnectionsState } from './use-connections';
