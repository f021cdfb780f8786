/** Picks the transport once at start-up: the Electron bridge when present, the web host otherwise. */
import { createElectronTransport, findBridge } from './electron-transport';
import { createHost, type Host } from './host';
import { createWebTransport, takeToken } from './web-transport';

/** The host this page talks to. */
export function chooseHost(): Host {
  const bridge = findBridge();
  return createHost(bridge ? createElectronTransport(bridge) : createWebTransport(takeToken()));
}
