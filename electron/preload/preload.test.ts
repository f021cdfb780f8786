/** Loads the real preload bundle in a Node `vm` with a fake Electron, as a sandboxed renderer would. */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { esbuildTargets } from '../../build/bundle.mjs';
import { eventChannel, invokeChannel, type ShorelineBridge } from '../../shared/contract/bridge';
import { commandNames } from '../../shared/contract/index';

let code: string;

beforeAll(async () => {
  const outfile = join(mkdtempSync(join(tmpdir(), 'shoreline-preload-')), 'preload.cjs');
  // The options the shipped preload is built with.
  await build({ ...esbuildTargets.preload, outfile, sourcemap: false, logLevel: 'silent' });
  code = readFileSync(outfile, 'utf8');
});

function load() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const listeners: ((...args: unknown[]) => void)[] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: 'from main' }),
      on: (_channel: string, listener: (...args: unknown[]) => void) => listeners.push(listener),
      removeListener: (_channel: string, listener: (...args: unknown[]) => void) => listeners.splice(listeners.indexOf(listener), 1),
    },
  };
  const module = { exports: {} };
  // A sandboxed preload may require only `electron`: anything else would throw there, so it throws here.
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, Promise, Object, Error });
  return { exposed, invoked, listeners, required };
}

describe('preload bundle', () => {
  it('is CommonJS that requires nothing but electron', () => {
    const { required } = load();
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*[{*]/);
  });

  it('stays small: names are checked against the zod-free lists, not the whole contract', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(20 * 1024);
    expect(code).not.toMatch(/zod|safeParse/);
  });

  it('exposes only `shoreline` with invoke and on', () => {
    const { exposed } = load();
    expect(Object.keys(exposed)).toEqual(['shoreline']);
    expect(Object.keys(exposed.shoreline as object).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract commands on the invoke channel and refuses anything else', async () => {
    const { exposed, invoked } = load();
    const bridge = exposed.shoreline as ShorelineBridge;
    expect(await bridge.invoke('settings.get', {})).toEqual({ ok: true, value: 'from main' });
    expect(invoked).toEqual([[invokeChannel, 'settings.get', {}]]);
    expect(await bridge.invoke('shell.exec', { cmd: 'rm -rf /' })).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(await bridge.invoke('__proto__', {})).toMatchObject({ ok: false });
    expect(invoked).toHaveLength(1);
    expect(commandNames).toContain('settings.get');
  });

  it('delivers only the subscribed contract event and unsubscribes', () => {
    const { exposed, listeners } = load();
    const bridge = exposed.shoreline as ShorelineBridge;
    const seen: unknown[] = [];
    const stop = bridge.on('settings.changed', (payload) => seen.push(payload));
    listeners[0]!({}, 'settings.changed', { theme: 'dark' });
    listeners[0]!({}, 'app.menuAction', { action: 'shortcuts' });
    expect(seen).toEqual([{ theme: 'dark' }]);
    stop();
    expect(listeners).toHaveLength(0);
    expect(() => bridge.on('ipc.anything', () => undefined)).toThrow();
    expect(eventChannel).toBe('shoreline:event');
  });
});
