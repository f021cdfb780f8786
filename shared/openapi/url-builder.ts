/**
 * Builds the request URL from a draft: `{{baseUrl}}` + the path with its parameters substituted
 * and encoded (COM server ids hold `+`, which must travel as `%2B`), then the ticked query
 * parameters serialised as their `style`/`explode` say. `{{variables}}` are left for the
 * environment to fill.
 */
import type { DraftParam, RequestDraft } from './request-draft';

const placeholder = /(\{\{[^{}]*\}\})/;

/** Percent-encodes everything but RFC 3986 unreserved characters (so `'`, `(`, `+` and `,` are encoded too). */
export function encodeStrict(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Escapes that `allowReserved` parameters may keep as the characters themselves. */
const reservedKept = /%(3A|2F|40|21|24|27|28|29|2A|2C|3B|5B|5D)/g;

/** Encodes a value, keeping `{{variables}}` intact; `allowReserved` keeps `:/@!$'()*,;[]` readable. */
export function encodeValue(value: string, allowReserved = false): string {
  return value
    .split(placeholder)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const strict = encodeStrict(part);
      return allowReserved ? strict.replace(reservedKept, (escape) => decodeURIComponent(escape)) : strict;
    })
    .join('');
}

function valuesOf(param: DraftParam): string[] {
  const raw = Array.isArray(param.value) ? param.value : [param.value];
  return raw.filter((v) => v !== '');
}

/** Serialises one query parameter (empty when it has no value). */
export function serializeQueryParam(param: DraftParam): string {
  const values = valuesOf(param);
  if (values.length === 0) return '';
  const name = encodeStrict(param.name);
  const enc = (v: string) => encodeValue(v, param.allowReserved);
  if (values.length === 1) return `${name}=${enc(values[0] as string)}`;
  switch (param.style) {
    case 'spaceDelimited':
      return `${name}=${values.map(enc).join('%20')}`;
    case 'pipeDelimited':
      return `${name}=${values.map(enc).join('|')}`;
    default:
      return param.explode ? values.map((v) => `${name}=${enc(v)}`).join('&') : `${name}=${values.map(enc).join(',')}`;
  }
}

/** The value substituted for `{name}` in the path (`simple`, `label` or `matrix` style). */
function pathSegment(param: DraftParam): string | undefined {
  const values = valuesOf(param);
  if (values.length === 0) return undefined;
  const enc = values.map((v) => encodeValue(v));
  switch (param.style) {
    case 'label':
      return `.${enc.join(param.explode ? '.' : ',')}`;
    case 'matrix':
      return param.explode ? enc.map((v) => `;${encodeStrict(param.name)}=${v}`).join('') : `;${encodeStrict(param.name)}=${enc.join(',')}`;
    default:
      return enc.join(',');
  }
}

/** The path with every ticked path parameter that has a value substituted; the others stay `{name}`. */
export function buildPath(draft: Pick<RequestDraft, 'path' | 'params'>): string {
  const byName = new Map(draft.params.filter((p) => p.in === 'path' && p.enabled).map((p) => [p.name, p]));
  return draft.path.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const param = byName.get(name);
    return param ? (pathSegment(param) ?? whole) : whole;
  });
}

/** The query string (without `?`) of the ticked query parameters that have a value. */
export function buildQuery(draft: Pick<RequestDraft, 'params'>): string {
  return draft.params
    .filter((p) => p.in === 'query' && p.enabled)
    .map(serializeQueryParam)
    .filter((part) => part !== '')
    .join('&');
}

/** The full URL: `{{baseUrl}}/path?query` (the base defaults to the `{{baseUrl}}` variable). */
export function buildRequestUrl(draft: Pick<RequestDraft, 'path' | 'params'>, baseUrl = '{{baseUrl}}'): string {
  const query = buildQuery(draft);
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}${buildPath(draft)}${query ? `?${query}` : ''}`;
}

/** The headers of the ticked header and cookie parameters (lists comma-joined, cookies in one `Cookie`). */
export function buildParamHeaders(draft: Pick<RequestDraft, 'params'>): Record<string, string> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const p of draft.params) {
    if (!p.enabled) continue;
    const values = valuesOf(p);
    if (values.length === 0) continue;
    if (p.in === 'header') headers[p.name] = values.join(',');
    else if (p.in === 'cookie') cookies.push(`${p.name}=${encodeValue(values.join(','))}`);
  }
  if (cookies.length > 0) headers.Cookie = cookies.join('; ');
  return headers;
}
