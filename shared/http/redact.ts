/**
 * Removes tokens and secrets from anything Shoreline keeps or shows: history entries, error
 * details, exported text. Known secrets (the tokens actually sent) are replaced wherever they
 * appear; on top of that, anything that looks like a bearer token, a JWT, or a secret-named JSON
 * field or query/form parameter is masked, because a user may paste one by hand.
 */

/** What replaces a removed secret. */
export const REDACTED = '[redacted]';

/** A header as name and value. */
export interface HeaderPair {
  name: string;
  value: string;
}

/** JSON fields and query/form parameters whose values are secrets. */
export const secretFieldNames = [
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'clientSecret',
  'password',
  'passwd',
  'secret',
  'api_key',
  'apiKey',
  'accessToken',
  'refreshToken',
  'token',
];

/** Headers never kept: they carry credentials or sessions. */
const secretHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-auth-token', 'api-key']);

const names = secretFieldNames.map((n) => n.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')).join('|');
const jsonField = new RegExp(`("(?:${names})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const formField = new RegExp(`((?:^|[?&;\\s])(?:${names})=)[^&#\\s"']*`, 'gi');
// A credential after Bearer/Basic: 8+ token characters including a digit (so prose such as "Basic authentication" stays).
const bearer = /\b(Bearer|Basic)\s+(?=[A-Za-z0-9\-._~+/]*\d)[A-Za-z0-9\-._~+/]{8,}=*/g;
const jwt = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** Replaces every occurrence of each known secret (at least 4 characters long) with {@link REDACTED}. */
export function redactKnown(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * Masks secrets in free text (a URL, a JSON or form body, an error message): known secrets, bearer
 * and basic credentials, JWTs, and the values of secret-named fields such as `access_token`,
 * `client_secret` and `password`.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  return redactKnown(text, secrets)
    .replace(jsonField, `$1"${REDACTED}"`)
    .replace(formField, `$1${REDACTED}`)
    .replace(bearer, `$1 ${REDACTED}`)
    .replace(jwt, REDACTED);
}

/** True for a header that carries credentials or a session (Authorization, Cookie, API keys). */
export function isSecretHeader(name: string): boolean {
  return secretHeaders.has(name.toLowerCase());
}

/**
 * Headers safe to keep: credential headers are dropped, so is any header whose value contains a
 * known secret, and the remaining values are masked like {@link redactText}.
 */
export function redactHeaders(headers: readonly HeaderPair[], secrets: readonly string[] = []): HeaderPair[] {
  return headers
    .filter((h) => !isSecretHeader(h.name))
    .filter((h) => !secrets.some((s) => s.length >= 4 && h.value.includes(s)))
    .map((h) => ({ name: h.name, value: redactText(h.value, secrets) }));
}
