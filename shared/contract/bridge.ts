/** The narrow bridge the Electron preload exposes as `window.shoreline`, and the IPC channels behind it. */
import type { Result } from '../errors';

/** The IPC channel carrying every command call. */
export const invokeChannel = 'shoreline:invoke';
/** The IPC channel carrying every event. */
export const eventChannel = 'shoreline:event';
/** The name of the global the preload exposes. */
export const bridgeGlobal = 'shoreline';

/** What the preload exposes: contract names only, results as data. */
export interface ShorelineBridge {
  /** Calls a contract command; unknown names are refused without reaching main. */
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Listens to a contract event; returns the function that stops listening. */
  on(name: string, listener: (payload: unknown) => void): () => void;
}
