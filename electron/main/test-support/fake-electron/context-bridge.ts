/**
 * What `contextBridge.exposeInMainWorld` does with a value: the page never gets the preload's own
 * objects, only copies — functions become proxies that copy their arguments and results, promises
 * become the page's promises, everything else is copied (structured clone).
 */

/** Copies `value` from one world to the other, the way Electron's context bridge does. */
export function acrossWorlds(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => acrossWorlds(fn(...args.map(acrossWorlds)));
  }
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { then?: unknown }).then === 'function') {
    return new Promise((resolve, reject) => (value as PromiseLike<unknown>).then((v) => resolve(acrossWorlds(v)), (e) => reject(acrossWorlds(e))));
  }
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    return new Error((value as Error).message);
  }
  if (Array.isArray(value)) return value.map(acrossWorlds);
  const proto = Object.getPrototypeOf(value);
  if (proto === null || Object.getPrototypeOf(proto) === null) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, acrossWorlds(v)]));
  }
  return structuredClone(value);
}
