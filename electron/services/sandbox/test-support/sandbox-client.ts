/** Test helpers for talking to a running Sandbox the way a careful client would. */
import type { Sandbox } from '../sandbox';

/** Form-urlencodes one value (`+` → `%2B`, `:` → `%3A`, space → `+`), as RFC 6749 asks. */
export function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** An HTTP Basic header built as RFC 6749 §2.3.1 says: form-urlencode, then base64 `id:secret`. */
export function basicHeader(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${formEncode(id)}:${formEncode(secret)}`).toString('base64')}`;
}

/** A response read as JSON, with its status and headers. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function asJson(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`Expected JSON from ${response.url}, got ${response.status}: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

/** POSTs a raw token request. */
export async function postToken(sandbox: Sandbox, body: string, headers: Record<string, string> = {}): Promise<JsonResponse> {
  return asJson(
    await fetch(sandbox.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body }),
  );
}

/** Gets an access token for the full (default) or the limited demo client, with credentials in the body. */
export async function fetchToken(sandbox: Sandbox, which: 'full' | 'limited' = 'full'): Promise<string> {
  const { credentials } = sandbox;
  const id = which === 'full' ? credentials.clientId : credentials.limitedClientId;
  const secret = which === 'full' ? credentials.clientSecret : credentials.limitedClientSecret;
  const response = await postToken(sandbox, new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }).toString());
  if (response.status !== 200) throw new Error(`token request failed: ${JSON.stringify(response.body)}`);
  return response.body.access_token as string;
}

/** GETs `path` (already encoded) with an optional bearer token and reads JSON. */
export async function getJson(sandbox: Sandbox, path: string, token?: string, init: RequestInit = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return asJson(await fetch(`${sandbox.baseUrl}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } }));
}

/** Builds `path?query` from a record, encoding values as a browser or Postman would. */
export function withQuery(path: string, query: Record<string, string | number>): string {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return search ? `${path}?${search}` : path;
}

/** A controllable clock for `startSandbox({ now })`. */
export function manualClock(startMs: number): { now: () => number; advance(ms: number): void } {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
  };
}
