/**
 * The preload: exposes `window.shoreline` with `invoke` and `on` for contract names only. It runs
 * sandboxed, so it is bundled to one CommonJS file and may require nothing but `electron`; it checks
 * names against the zod-free lists so that it stays a few kilobytes.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeGlobal, eventChannel, invokeChannel, type ShorelineBridge } from '../../shared/contract/bridge';
import { isListedCommand, isListedEvent } from '../../shared/contract/names';

const bridge: ShorelineBridge = {
  invoke(name, input) {
    if (!isListedCommand(name)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_command', message: `There is no command called "${String(name)}".` } });
    }
    return ipcRenderer.invoke(invokeChannel, name, input);
  },
  on(name, listener) {
    if (!isListedEvent(name)) throw new Error(`There is no event called "${String(name)}".`);
    const forward = (_event: IpcRendererEvent, eventName: string, payload: unknown) => {
      if (eventName === name) listener(payload);
    };
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobal, bridge);
