/**
 * Query-string editing on plain strings. `shared/` has no `URL` class, and URLs here may still hold
 * `{{baseUrl}}`, so the helpers split text instead of parsing: parameters they do not touch keep
 * exactly the text the user wrote.
 */

/** A URL cut into the part before `?`, the raw query (without `?`) and the fragment (with `#`). */
export interface UrlPieces {
  base: string;
  query: string;
  hash: string;
}

/** One query parameter, decoded. */
export interface QueryParam {
  name: string;
  value: string;
}

/** Cuts `url` into base, raw query and fragment. */
export function splitUrl(url: string): UrlPieces {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return { base: beforeHash, query: '', hash };
  return { base: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), hash };
}

/** Decodes %XX escapes where they are valid and leaves the rest (a lone `%`, a literal `+`) as written. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * Percent-encodes a query name or value so it survives every server: `+` becomes `%2B` (COM server
 * ids contain it), space `%20`, `,` `%2C`, `'` stays. Text that is already encoded is decoded first,
 * so applying this twice changes nothing.
 */
export function encodeQueryComponent(text: string): string {
  return encodeURIComponent(safeDecode(text));
}

/** The query parameters of `url`, decoded, in order (a `+` stays a plus, as RFC 3986 reads it). */
export function parseQuery(url: string): QueryParam[] {
  const { query } = splitUrl(url);
  if (query === '') return [];
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0
        ? { name: safeDecode(pair), value: '' }
        : { name: safeDecode(pair.slice(0, eq)), value: safeDecode(pair.slice(eq + 1)) };
    });
}

/** The first value of query parameter `name` in `url`, decoded. */
export function getQueryParam(url: string, name: string): string | undefined {
  return parseQuery(url).find((p) => p.name === name)?.value;
}

/**
 * Sets (string) or removes (null) query parameters. The first occurrence of a name is replaced in
 * place, later duplicates are dropped, new names are appended; untouched pairs keep their text.
 */
export function setQueryParams(url: string, changes: Readonly<Record<string, string | null>>): string {
  const { base, query, hash } = splitUrl(url);
  const pending = new Map(Object.entries(changes));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const pair of query === '' ? [] : query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    if (!Object.hasOwn(changes, name)) {
      out.push(pair);
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    const value = changes[name];
    if (value !== null && value !== undefined) out.push(`${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`);
    pending.delete(name);
  }
  for (const [name, value] of pending) {
    if (value !== null) out.push(`${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`);
  }
  return out.length === 0 ? `${base}${hash}` : `${base}?${out.join('&')}${hash}`;
}

/** Re-encodes every query name and value of `url` with {@link encodeQueryComponent}; idempotent. */
export function normalizeUrlQuery(url: string): string {
  const { base, query, hash } = splitUrl(url);
  if (query === '') return url;
  const pairs = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return encodeQueryComponent(pair);
      return `${encodeQueryComponent(pair.slice(0, eq))}=${encodeQueryComponent(pair.slice(eq + 1))}`;
    });
  return `${base}?${pairs.join('&')}${hash}`;
}

/** `scheme://host[:port]` of an absolute URL, or undefined for a relative one. */
export function originOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)/i.exec(url)?.[1];
}

/** The host (without port or credentials) of an absolute URL, lower-cased. */
export function hostOf(url: string): string | undefined {
  const origin = originOf(url);
  if (!origin) return undefined;
  const authority = origin.slice(origin.indexOf('//') + 2);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase();
  return host.replace(/:\d*$/, '').toLowerCase();
}

/** Resolves a `next` link against the request it came from: absolute links stay, `/path` and `?query` links are completed. */
export function resolveLink(link: string, requestUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(link)) return link;
  if (link.startsWith('?')) return `${splitUrl(requestUrl).base}${link}`;
  const origin = originOf(requestUrl) ?? '';
  if (link.startsWith('//')) return `${origin.slice(0, origin.indexOf('//'))}${link}`;
  if (link.startsWith('/')) return `${origin}${link}`;
  const base = splitUrl(requestUrl).base;
  return `${base.slice(0, base.lastIndexOf('/') + 1)}${link}`;
}
