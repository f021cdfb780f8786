/**
 * Loaded with `node --import`: from here on, `electron` is the fake in this process — through the
 * ESM loader (module hooks) and through CommonJS `require` (electron-updater is CommonJS).
 */
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const electronUrl = new URL('./electron.mjs', import.meta.url).href;
register(new URL('./electron-hooks.mjs', import.meta.url).href, { data: { electronUrl } });

const internals = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolveFilename = internals._resolveFilename;
internals._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'electron' || request === 'electron/main') return fileURLToPath(electronUrl);
  return resolveFilename.call(this, request, ...rest);
};
