/**
 * Reading an untyped OpenAPI document: JSON pointers, in-file `$ref`s and small type guards. Every
 * other module reads the raw document through these, so a malformed spec never throws a TypeError.
 */
import type { JsonObject, JsonValue } from './types';

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is a string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `value` when it is a JSON value other than undefined (for optional fields). */
export function json(value: unknown): JsonValue | undefined {
  return value === undefined ? undefined : (value as JsonValue);
}

/** Escapes one key for a JSON pointer (`/` → `~1`, `~` → `~0`). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a `#/a/b` pointer fragment from raw keys. */
export function pointer(tokens: readonly (string | number)[]): string {
  return tokens.length === 0 ? '#' : `#/${tokens.map((t) => escapePointerToken(String(t))).join('/')}`;
}

/** Splits a `#/a/b` fragment into raw keys, or undefined when it is not an in-file pointer. */
export function parsePointer(ref: string): string[] | undefined {
  if (ref === '#' || ref === '#/') return [];
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((t) => {
      let token = t.replace(/~1/g, '/').replace(/~0/g, '~');
      try {
        token = decodeURIComponent(token);
      } catch {
        // keep the token as written
      }
      return token;
    });
}

/** True when `ref` points inside the same document. */
export function isLocalRef(ref: string): boolean {
  return ref.startsWith('#');
}

/** The value at an in-file pointer, or undefined when nothing is there. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  const tokens = parsePointer(ref);
  if (!tokens) return undefined;
  let node: unknown = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** The outcome of following a `$ref` chain. */
export type Deref =
  | { ok: true; value: unknown; ref?: string }
  | { ok: false; ref: string; reason: 'missing' | 'external' | 'circular' };

/**
 * Follows `node.$ref` (and refs to refs) inside `doc`. A plain node comes back as it is; a ref to
 * nothing, to another file, or to itself comes back as a failure naming the ref.
 */
export function deref(doc: unknown, node: unknown): Deref {
  let current = node;
  let lastRef: string | undefined;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!isLocalRef(ref)) return { ok: false, ref, reason: 'external' };
    if (seen.has(ref)) return { ok: false, ref, reason: 'circular' };
    seen.add(ref);
    const target = resolvePointer(doc, ref);
    if (target === undefined) return { ok: false, ref, reason: 'missing' };
    lastRef = ref;
    current = target;
  }
  return lastRef === undefined ? { ok: true, value: current } : { ok: true, value: current, ref: lastRef };
}

/** The last token of a `#/components/schemas/Name` pointer: a readable name for a schema. */
export function refName(ref: string): string {
  const tokens = parsePointer(ref);
  const last = tokens?.[tokens.length - 1];
  return last ?? ref;
}
