/**
 * Postman URLs to Shoreline's URL template and back. Postman writes a URL twice: `raw` as typed
 * (`{{baseUrl}}/users/:id?filter=a`) and broken down (host list, path list, query rows with the
 * disabled ones, path variables with values). The template comes from `raw`, as the user saw it;
 * query rows and path values from the broken-down form, which keeps what `raw` cannot.
 */
import { safeDecode, splitUrl } from '../http/query';
import type { PathParam, RequestRow } from '../model/request';
import { pathParamNames } from '../model/request-url';
import { descriptionText, textOf, type PostmanRow, type PostmanUrl } from './postman-format';

/** The parts of a Postman URL Shoreline keeps. */
export interface ImportedUrl {
  url: string;
  pathParams: PathParam[];
  query: RequestRow[];
  /** Set when the URL had a `#fragment`, which is never sent and is not kept. */
  droppedHash: boolean;
}

/** Scheme and authority (`https://host:8443`, `{{baseUrl}}`) of a URL, and the rest. */
function splitAuthority(base: string): { authority: string; path: string } {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(base)?.[0] ?? '';
  const rest = base.slice(scheme.length);
  if (scheme === '' && rest.startsWith('/')) return { authority: '', path: rest };
  const slash = rest.indexOf('/');
  return slash < 0 ? { authority: base, path: '' } : { authority: scheme + rest.slice(0, slash), path: rest.slice(slash) };
}

/** Postman's `:name` path segments as `{name}`. */
function toTemplate(base: string): string {
  const { authority, path } = splitAuthority(base);
  return authority + path.split('/').map((segment) => (/^:[A-Za-z0-9_.$-]+$/.test(segment) ? `{${segment.slice(1)}}` : segment)).join('/');
}

/** The `raw` text of a Postman URL, rebuilt from its parts when it has none. */
function rawOf(url: Exclude<PostmanUrl, string>): string {
  if (typeof url.raw === 'string' && url.raw !== '') return url.raw;
  const host = Array.isArray(url.host) ? url.host.join('.') : (url.host ?? '');
  const path = Array.isArray(url.path) ? url.path.map((p) => (typeof p === 'string' ? p : (p.value ?? ''))).join('/') : (url.path ?? '');
  const port = url.port !== undefined && url.port !== null && url.port !== '' ? `:${url.port}` : '';
  const protocol = url.protocol ? `${url.protocol}://` : '';
  return `${protocol}${host}${port}${path === '' ? '' : `/${path.replace(/^\//, '')}`}`;
}

/** A Postman row as a Shoreline row (keys and values as text, unticked kept unticked). */
export function rowOf(row: PostmanRow, decode = false): RequestRow {
  const key = textOf(row.key ?? row.id);
  const value = textOf(row.value);
  const description = descriptionText(row.description);
  return { key: decode ? safeDecode(key) : key, value: decode ? safeDecode(value) : value, enabled: row.disabled !== true, ...(description !== undefined && { description }) };
}

/** A Postman URL as Shoreline's template, path parameters and query rows. */
export function importUrl(url: PostmanUrl | null | undefined): ImportedUrl {
  if (url === undefined || url === null) return { url: '', pathParams: [], query: [], droppedHash: false };
  const raw = typeof url === 'string' ? url : rawOf(url);
  const { base, query: rawQuery, hash } = splitUrl(raw.trim());
  const template = toTemplate(base);
  const structured = typeof url === 'string' ? undefined : url;
  const query: RequestRow[] = structured?.query
    ? structured.query.map((row) => rowOf(row, true))
    : rawQuery
        .split('&')
        .filter((pair) => pair !== '')
        .map((pair) => {
          const eq = pair.indexOf('=');
          return { key: safeDecode(eq < 0 ? pair : pair.slice(0, eq)), value: eq < 0 ? '' : safeDecode(pair.slice(eq + 1)), enabled: true };
        });
  const values = new Map((structured?.variable ?? []).map((v) => [textOf(v.key ?? v.id), v]));
  const pathParams = pathParamNames(template).map((key): PathParam => {
    const found = values.get(key);
    const description = found ? descriptionText(found.description) : undefined;
    return { key, value: found ? textOf(found.value) : '', ...(description !== undefined && { description }) };
  });
  return { url: template, pathParams, query, droppedHash: hash !== '' || (structured?.hash ?? '') !== '' };
}

/** A Shoreline row as a Postman row. */
export function postmanRow(row: RequestRow): { key: string; value: string; disabled?: true; description?: string } {
  return { key: row.key, value: row.value, ...(!row.enabled && { disabled: true as const }), ...(row.description !== undefined && { description: row.description }) };
}

/** Shoreline's URL template, path parameters and query rows as Postman's URL (`raw` and broken down). */
export function exportUrl(template: string, pathParams: readonly PathParam[], query: readonly RequestRow[]) {
  const base = template.replace(/(?<!\{)\{([^{}]+)\}(?!\})/g, ':$1');
  const enabled = query.filter((q) => q.enabled);
  const raw = enabled.length === 0 ? base : `${base}?${enabled.map((q) => `${q.key}=${q.value}`).join('&')}`;
  const { authority, path } = splitAuthority(base);
  const protocol = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(authority)?.[1];
  const hostPort = authority.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const portMatch = /^(.*?):(\d+)$/.exec(hostPort);
  const host = portMatch ? (portMatch[1] as string) : hostPort;
  return {
    raw,
    ...(protocol !== undefined && { protocol }),
    ...(host !== '' && { host: /^\{\{[^{}]+\}\}$/.test(host) ? [host] : host.split('.') }),
    ...(portMatch && { port: portMatch[2] as string }),
    path: path === '' ? [] : path.replace(/^\//, '').split('/'),
    ...(query.length > 0 && { query: query.map(postmanRow) }),
    ...(pathParams.length > 0 && {
      variable: pathParams.map((p) => ({ key: p.key, value: p.value, ...(p.description !== undefined && { description: p.description }) })),
    }),
  };
}
