/**
 * What every "Copy as" generator starts from: the request as Shoreline would send it, minus any
 * credential. Authorization and cookies are dropped here, once, and replaced by a token the snippet
 * fetches (from `CLIENTID`/`CLIENTSECRET`) or reads from the `TOKEN` environment variable.
 */
import type { SnippetInput } from '../contract/http';
import { defaultContentType } from '../http/content-kind';
import { displayUrl } from '../http/display-url';
import { normalizeUrlQuery } from '../http/query';
import { isSecretHeader, type HeaderPair } from '../http/redact';

export type { SnippetLanguage } from '../contract/http';

/** The request to turn into code (variables already replaced): the part of "Copy as"'s input that goes on the wire. */
export type SnippetRequest = Pick<SnippetInput, 'method' | 'url' | 'body'> & { headers: readonly HeaderPair[] };

/** How the connection gets its token: taken from the connection, never including the secret itself. */
export interface SnippetAuth {
  tokenUrl: string;
  /** `body`: client id and secret in the form body; `basic`: HTTP Basic authentication. */
  clientAuth: 'body' | 'basic';
  /** Space-separated scopes, when the connection asks for some. */
  scope?: string;
}

/** The request as generators see it. */
export interface PreparedRequest {
  method: string;
  /** The URL with every query value percent-encoded (`+` as `%2B`). */
  url: string;
  /** Headers to send as typed, without credentials, Content-Type or Content-Length. */
  headers: HeaderPair[];
  contentType?: string;
  body?: string;
  /**
   * Where the Authorization header comes from: a token the snippet fetches (`fetch`), the `TOKEN`
   * environment variable with the scheme the user typed (`env`), or nowhere (`none`).
   */
  token: { from: 'fetch'; auth: SnippetAuth } | { from: 'env'; scheme: string } | { from: 'none' };
}

const dropped = new Set(['content-length', 'host', 'content-type']);

/** The scheme word of a typed Authorization value (`Bearer`), only when it is a plain word, so it is safe in any quoting. */
function schemeOf(value: string): string {
  const word = /^([A-Za-z][A-Za-z0-9._-]*)\s+\S/.exec(value.trim())?.[1];
  return word ?? '';
}

/** Prepares a request for the generators: encodes the query, drops credentials, settles the content type. */
export function prepareSnippetRequest(request: SnippetRequest, auth?: SnippetAuth): PreparedRequest {
  const typedAuth = request.headers.find((h) => h.name.toLowerCase() === 'authorization');
  const typedType = request.headers.find((h) => h.name.toLowerCase() === 'content-type');
  const headers = request.headers.filter((h) => !isSecretHeader(h.name) && !dropped.has(h.name.toLowerCase()));
  if (!headers.some((h) => h.name.toLowerCase() === 'accept')) headers.unshift({ name: 'Accept', value: 'application/json' });
  const hasBody = request.body !== undefined && request.body !== '';
  const prepared: PreparedRequest = {
    method: request.method.toUpperCase(),
    url: normalizeUrlQuery(request.url),
    headers,
    token: auth
      ? { from: 'fetch', auth }
      : typedAuth
        ? { from: 'env', scheme: schemeOf(typedAuth.value) }
        : { from: 'none' },
  };
  if (hasBody) {
    prepared.body = request.body;
    prepared.contentType = typedType?.value ?? defaultContentType(request.body ?? '');
  } else if (typedType) {
    prepared.contentType = typedType.value;
  }
  return prepared;
}

/** True for control characters and Unicode line separators. */
function isLineBreaking(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

/** What a snippet says when the token request failed, instead of sending the request with no token. */
export function noTokenMessage(tokenUrl: string): string {
  return `No access token from ${tokenUrl}, so the request was not sent. Check CLIENTID, CLIENTSECRET and the token URL.`;
}

/** The first comment line of every snippet, with the URL as a person reads it (decoded). */
export function headline(request: PreparedRequest): string {
  // A line break in the URL must not end the comment and become code.
  return [...`Shoreline: ${request.method} ${displayUrl(request.url)}`].map((ch) => (isLineBreaking(ch) ? ' ' : ch)).join('');
}
