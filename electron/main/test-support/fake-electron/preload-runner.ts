/**
 * Runs a window's preload file the way a sandboxed renderer does: in its own JavaScript world, with
 * a `require` that knows only `electron` (the renderer's modules), `events`, `timers` and `url`.
 */
import events from 'node:events';
import { readFileSync } from 'node:fs';
import timers from 'node:timers';
import url from 'node:url';
import { compileFunction, createContext } from 'node:vm';
import { acrossWorlds } from './context-bridge';
import type { FakeIpcRenderer } from './fake-ipc';

/** The page's world after the preload ran: what it exposed, and what went wrong. */
export interface PageWorld {
  exposed: Record<string, unknown>;
  /** Set when the preload could not be loaded or threw, as Electron logs "Unable to load preload script". */
  preloadError?: string;
}

/** Runs `preloadPath` for one frame, connected through `ipcRenderer`. */
export function runPreload(preloadPath: string, ipcRenderer: FakeIpcRenderer, contextIsolation: boolean): PageWorld {
  const world: PageWorld = { exposed: {} };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (!contextIsolation) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
      if (key in world.exposed) throw new Error('Cannot bind an API on top of an existing property on the window object');
      world.exposed[key] = acrossWorlds(api);
    },
  };
  const modules: Record<string, unknown> = { electron: { contextBridge, ipcRenderer }, events, timers, url };
  const sandboxRequire = (name: string) => {
    if (Object.hasOwn(modules, name)) return modules[name];
    throw new Error(`module not found: ${name}`);
  };
  let code: string;
  try {
    code = readFileSync(preloadPath, 'utf8');
  } catch (error) {
    world.preloadError = `Unable to load preload script: ${preloadPath} (${(error as Error).message})`;
    return world;
  }
  const module = { exports: {} };
  const process = { type: 'renderer', platform: globalThis.process.platform, versions: globalThis.process.versions, env: {}, sandboxed: true };
  const params = ['exports', 'require', 'module', '__filename', '__dirname', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate'];
  const context = createContext({ console });
  try {
    const run = compileFunction(code, params, { parsingContext: context, filename: preloadPath });
    run(module.exports, sandboxRequire, module, preloadPath, '.', process, Buffer, context, setImmediate, clearImmediate);
  } catch (error) {
    world.preloadError = `Unable to load preload script: ${preloadPath} (${(error as Error).message})`;
  }
  return world;
}
