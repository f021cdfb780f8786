/** Walks the operations of a spec's `paths`, following path-item `$ref`s inside the file. */
import { deref, escapePointerToken, isObject, type Deref } from './json-pointer';
import { httpMethods, type HttpMethod, type JsonObject } from './types';

/** One operation as it sits in the raw document. */
export interface RawOperation {
  method: HttpMethod;
  path: string;
  /** The operation object. */
  operation: JsonObject;
  /** The (resolved) path item holding it, for shared parameters and servers. */
  pathItem: JsonObject;
  /** `#/paths/~1x/get`. */
  pointer: string;
}

/** A path item that could not be read. */
export interface BrokenPathItem {
  path: string;
  pointer: string;
  failure: Extract<Deref, { ok: false }>;
}

/** The raw operations of `doc`, plus the path items whose `$ref` could not be followed. */
export function rawOperations(doc: unknown): { operations: RawOperation[]; broken: BrokenPathItem[] } {
  const operations: RawOperation[] = [];
  const broken: BrokenPathItem[] = [];
  const paths = isObject(doc) && isObject(doc.paths) ? doc.paths : {};
  for (const path of Object.keys(paths)) {
    if (path.startsWith('x-')) continue;
    const base = `#/paths/${escapePointerToken(path)}`;
    const resolved = deref(doc, paths[path]);
    if (!resolved.ok) {
      broken.push({ path, pointer: base, failure: resolved });
      continue;
    }
    const pathItem = resolved.value;
    if (!isObject(pathItem)) continue;
    for (const method of httpMethods) {
      const operation = pathItem[method.toLowerCase()];
      if (isObject(operation)) {
        operations.push({ method, path, operation, pathItem, pointer: `${base}/${method.toLowerCase()}` });
      }
    }
  }
  return { operations, broken };
}

/** Finds the operation `key` (`GET /path`) in `doc`. */
export function findRawOperation(doc: unknown, key: string): RawOperation | undefined {
  const space = key.indexOf(' ');
  if (space < 0) return undefined;
  const method = key.slice(0, space).toUpperCase() as HttpMethod;
  const path = key.slice(space + 1);
  if (!httpMethods.includes(method)) return undefined;
  const paths = isObject(doc) && isObject(doc.paths) ? doc.paths : undefined;
  if (!paths || !Object.hasOwn(paths, path)) return undefined;
  const resolved = deref(doc, paths[path]);
  if (!resolved.ok || !isObject(resolved.value)) return undefined;
  const pathItem = resolved.value;
  const operation = pathItem[method.toLowerCase()];
  if (!isObject(operation)) return undefined;
  return { method, path, operation, pathItem, pointer: `#/paths/${escapePointerToken(path)}/${method.toLowerCase()}` };
}
