/**
 * The GreenLake pattern: a collection sends `Bearer {{SomeToken}}` and holds a client-credentials
 * token request (`grant_type=client_credentials`, the client id and secret in the form body or as
 * Basic) whose test script saves `access_token` into `SomeToken`. Such a request is what a
 * Shoreline connection does; this finds those requests and the variables they use.
 */
import { findSaves } from './script/find-saves';
import { readAuth } from './postman-auth';
import { textOf, type PostmanEvent, type PostmanItem, type PostmanRequest, type PostmanUrl } from './postman-format';
import { referencedVariable } from './secrets';

/** A token request found in the file. */
export interface TokenRequest {
  item: PostmanItem;
  /** The variable its script saves `access_token` into. */
  tokenVariable: string;
  clientAuth: 'body' | 'basic';
  /** The client id and secret as written (`{{ClientId}}`, or a literal). */
  clientId: string;
  clientSecret: string;
  scope?: string;
  url: PostmanUrl | null | undefined;
}

/** The text of the scripts of one kind (`test` or `prerequest`) on an item. */
export function scriptText(events: readonly PostmanEvent[] | null | undefined, listen: string): string {
  return (events ?? [])
    .filter((e) => e.listen === listen && e.disabled !== true && e.script)
    .map((e) => {
      const script = e.script;
      if (typeof script === 'string') return script;
      const exec = script?.exec;
      return Array.isArray(exec) ? exec.map((line) => line ?? '').join('\n') : (exec ?? '');
    })
    .join('\n');
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 text to a string (UTF-8), or undefined when it is not base64. */
function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const c of clean) {
    const v = base64Alphabet.indexOf(c);
    if (v < 0) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  try {
    return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}

/** The id and secret of HTTP Basic credentials (`Basic base64(id:secret)`), when the header holds literal ones. */
function basicHeaderCredentials(value: string): { id: string; secret: string } | undefined {
  const encoded = /^\s*Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value)?.[1];
  if (!encoded) return undefined;
  const decoded = decodeBase64(encoded);
  const colon = decoded?.indexOf(':') ?? -1;
  return decoded === undefined || colon < 0 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** The token request an item is, or undefined. */
export function tokenRequestOf(item: PostmanItem): TokenRequest | undefined {
  const request = typeof item.request === 'object' && item.request !== null ? (item.request as PostmanRequest) : undefined;
  if (!request || (request.method ?? 'GET').toUpperCase() !== 'POST') return undefined;
  const rows = (request.body?.mode === 'urlencoded' ? (request.body.urlencoded ?? []) : []).filter((r) => r.disabled !== true);
  const field = (name: string) => {
    const row = rows.find((r) => textOf(r.key) === name);
    if (row) return textOf(row.value);
    const raw = request.body?.mode === 'raw' ? (request.body.raw ?? '') : '';
    const match = new RegExp(`(?:^|&)${name}=([^&]*)`).exec(raw.trim());
    return match ? decodeURIComponent(match[1] ?? '') : undefined;
  };
  if (field('grant_type') !== 'client_credentials') return undefined;
  const saves = findSaves(scriptText(item.event, 'test'));
  const save = saves.find((s) => s.ref.source === 'body' && s.ref.segments.length === 1 && s.ref.segments[0] === 'access_token');
  if (!save) return undefined;
  const scope = field('scope');
  const base = { item, tokenVariable: save.variable, url: request.url, ...(scope !== undefined && scope !== '' && { scope }) };
  const id = field('client_id');
  if (id !== undefined) return { ...base, clientAuth: 'body', clientId: id, clientSecret: field('client_secret') ?? '' };
  const auth = readAuth(request.auth);
  if (auth.kind === 'basic') return { ...base, clientAuth: 'basic', clientId: auth.username, clientSecret: auth.password };
  const headers = Array.isArray(request.header) ? request.header : [];
  const authorization = headers.find((h) => h.disabled !== true && /^authorization$/i.test(textOf(h.key)));
  const value = textOf(authorization?.value);
  const literal = basicHeaderCredentials(value);
  if (literal) return { ...base, clientAuth: 'basic', clientId: literal.id, clientSecret: literal.secret };
  if (/^\s*Basic\s+\{\{/i.test(value)) return { ...base, clientAuth: 'basic', clientId: '', clientSecret: '' };
  return undefined;
}

/** Every token request in `items`, depth first, in order. */
export function findTokenRequests(items: readonly PostmanItem[]): TokenRequest[] {
  return items.flatMap((item) => {
    if (Array.isArray(item.item)) return findTokenRequests(item.item);
    const found = tokenRequestOf(item);
    return found ? [found] : [];
  });
}

/** The variables sent as `Bearer {{name}}` by any auth block in the file (collection, folders, requests). */
export function bearerVariables(auths: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  for (const auth of auths) {
    const reading = readAuth(auth as Parameters<typeof readAuth>[0]);
    const name = reading.kind === 'bearer' ? referencedVariable(reading.token) : undefined;
    if (name) names.add(name);
  }
  return names;
}

/** Every auth block of the items, depth first (folders and requests). */
export function itemAuths(items: readonly PostmanItem[]): unknown[] {
  return items.flatMap((item) => [item.auth, typeof item.request === 'object' && item.request !== null ? item.request.auth : undefined, ...(Array.isArray(item.item) ? itemAuths(item.item) : [])]);
}
