/**
 * The address of a saved request as text and back: the URL template plus its query rows make the
 * line a user reads and types (`{{baseUrl}}/systems/{id}?select=id,name`), and typed text splits
 * into the template and rows again, keeping duplicate and valueless parameters in order.
 */
import { safeDecode, splitUrl } from '../http/query';
import type { PathParam, RequestRow, SavedRequest } from './request';

const placeholder = /(\{\{[^{}]*\}\})/;
/** `{name}` but not `{{name}}`. */
const pathParam = /(?<!\{)\{([^{}]+)\}(?!\})/g;

/** Escapes a query name or value can keep as the characters themselves: still one parameter, easier to read. */
const readableInQuery = /%(2C|3A|2F|40|21|24|27|28|29|2A|3B|3F|5B|5D|7B|7D)/g;
/** Escapes a path parameter value keeps: list and matrix separators (`a,b`, `;id=5`). */
const keptInPath = /%(2C|3B|3D)/g;

/** Percent-encodes `text` as `encodeURIComponent` does, leaving `{{variables}}` as written. */
function encodeAround(text: string, keep: RegExp): string {
  return text
    .split(placeholder)
    .map((part, i) => (i % 2 === 1 ? part : encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(keep, (e) => decodeURIComponent(e))))
    .join('');
}

/** A query name or value for the address line: `&`, `=`, `#`, `+`, `%`, spaces and non-ASCII encoded; `{{variables}}` kept. */
export function encodeQueryText(text: string): string {
  return encodeAround(text, readableInQuery);
}

/** A path parameter value: everything but unreserved characters and `,;=` encoded (`+` in COM ids as `%2B`); `{{variables}}` kept. */
export function encodePathValue(text: string): string {
  return encodeAround(text, keptInPath);
}

/** The `{name}` path parameters of a URL template, each once, in order (never `{{variables}}`). */
export function pathParamNames(url: string): string[] {
  return [...new Set([...splitUrl(url).base.matchAll(pathParam)].map((m) => m[1] ?? ''))];
}

/** The URL template with each `{name}` that has a value replaced by it, encoded; empty ones stay `{name}`. */
export function fillPathParams(url: string, params: readonly PathParam[]): string {
  const values = new Map(params.map((p) => [p.key, p.value]));
  return url.replace(pathParam, (whole, name: string) => {
    const value = values.get(name);
    return value === undefined || value === '' ? whole : encodePathValue(value);
  });
}

/** The enabled query rows as a query string (no `?`); a row with no value is sent as `key=`. */
export function queryText(rows: readonly RequestRow[]): string {
  return rows
    .filter((row) => row.enabled && row.key !== '')
    .map((row) => `${encodeQueryText(row.key)}=${encodeQueryText(row.value)}`)
    .join('&');
}

/** `url` with `query` added before any `#fragment`. */
function withQuery(url: string, query: string): string {
  if (query === '') return url;
  const { base, query: existing, hash } = splitUrl(url);
  return `${base}?${existing === '' ? '' : `${existing}&`}${query}${hash}`;
}

/** The address line of a request: its URL template with the enabled query rows (path parameters not filled in). */
export function addressLine(request: Pick<SavedRequest, 'url' | 'query'>): string {
  return withQuery(request.url, queryText(request.query));
}

/** The address with path parameters filled in and the enabled query rows added, `{{variables}}` still in place. */
export function requestAddress(request: Pick<SavedRequest, 'url' | 'query' | 'pathParams'>): string {
  return withQuery(fillPathParams(request.url, request.pathParams), queryText(request.query));
}

/** Typed address text as the URL template and its query rows (decoded, all enabled, duplicates and order kept). */
export function parseAddressLine(text: string): { url: string; query: RequestRow[] } {
  const { base, query, hash } = splitUrl(text);
  const rows: RequestRow[] = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : safeDecode(pair.slice(eq + 1));
      return { key, value, enabled: true };
    });
  return { url: `${base}${hash}`, query: rows };
}

/**
 * The request after the user typed `text` in its address line, as Postman does it: the template and the
 * enabled rows come from the text, unticked rows stay where they were, and path parameters follow the
 * `{names}` now in the URL, keeping the values of those that remain.
 */
export function withAddressLine<R extends Pick<SavedRequest, 'url' | 'query' | 'pathParams'>>(request: R, text: string): R {
  const { url, query: typed } = parseAddressLine(text);
  const query: RequestRow[] = [];
  let next = 0;
  for (const row of request.query) {
    if (!row.enabled) query.push(row);
    else if (next < typed.length) {
      const fresh = typed[next++] as RequestRow;
      // A row whose key is unchanged keeps its description.
      query.push(fresh.key === row.key && row.description !== undefined ? { ...fresh, description: row.description } : fresh);
    }
  }
  query.push(...typed.slice(next));
  const kept = new Map(request.pathParams.map((p) => [p.key, p]));
  const pathParams = pathParamNames(url).map((key) => kept.get(key) ?? { key, value: '' });
  return { ...request, url, query, pathParams };
}
