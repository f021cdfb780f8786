/** The desktop transport: the preload's `window.shoreline` bridge. */
import { bridgeGlobal, type ShorelineBridge } from '../../shared/contract/bridge';
import type { Transport } from './host';

/** The bridge, when this page runs inside Shoreline's Electron window. */
export function findBridge(): ShorelineBridge | undefined {
  return (window as unknown as Record<string, ShorelineBridge | undefined>)[bridgeGlobal];
}

/** A transport over the preload bridge. */
export function createElectronTransport(bridge: ShorelineBridge): Transport {
  return { kind: 'electron', invoke: (name, input) => bridge.invoke(name, input), on: (name, listener) => bridge.on(name, listener) };
}
