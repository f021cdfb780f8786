/**
 * Keeps secrets and tokens out of everything a user can see or copy: error details, logs, history.
 * Every raw response shown "one click away" passes through {@link scrubSecrets} first.
 */
import { escapeRegExp } from '../text/escape-reg-exp';

/** What replaces a secret or a token. */
export const redacted = '•••';

/** How much of a raw response body an error detail keeps (characters). */
export const maxDetailChars = 4096;

/**
 * `application/x-www-form-urlencoded` encoding of one value, exactly as `URLSearchParams` does it
 * (space → `+`; only `*-._` and alphanumerics left as they are).
 */
export function formEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** The forms a secret may take on the wire or in an echoing server's answer. */
export function secretVariants(secret: string): string[] {
  return [secret, encodeURIComponent(secret), formEncode(secret)];
}

const tokenFields = /("(?:access_token|refresh_token|id_token)"\s*:\s*")[^"]*(")/g;
const tokenParams = /((?:access_token|refresh_token|id_token|client_secret)=)[^&\s"]+/g;
const bearer = /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;
const basic = /(Basic\s+)[A-Za-z0-9+/=]{8,}/gi;
const jwtLike = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/**
 * Replaces every occurrence of the given secrets (and their URL- and form-encoded forms), every
 * token value in JSON or form fields, every `Bearer …` and `Basic …` value and anything shaped like a JWT.
 */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  const literals = [...new Set(secrets.filter((s): s is string => !!s).flatMap(secretVariants))].sort(
    (a, b) => b.length - a.length,
  );
  let out = text;
  for (const literal of literals) out = out.replace(new RegExp(escapeRegExp(literal), 'g'), redacted);
  return out
    .replace(tokenFields, `$1${redacted}$2`)
    .replace(tokenParams, `$1${redacted}`)
    .replace(bearer, `$1${redacted}`)
    .replace(basic, `$1${redacted}`)
    .replace(jwtLike, redacted);
}

/** The raw facts of an HTTP answer, as kept for an error's detail. */
export interface RawResponse {
  status: number;
  statusText: string;
  contentType?: string;
  /** Where a redirect points (not secret). */
  location?: string;
  body: string;
}

/** An error detail: status line, content type and the first 4 KB of the body, scrubbed. */
export function responseDetail(raw: RawResponse, secrets: readonly (string | undefined)[] = []): string {
  const body = scrubSecrets(raw.body, secrets);
  const cut = body.length > maxDetailChars ? `${body.slice(0, maxDetailChars)}\n… (${body.length - maxDetailChars} more characters not shown)` : body;
  const lines = [`HTTP ${raw.status} ${raw.statusText}`.trim()];
  if (raw.contentType) lines.push(`Content-Type: ${raw.contentType}`);
  if (raw.location) lines.push(`Location: ${scrubSecrets(raw.location, secrets)}`);
  return `${lines.join('\n')}\n\n${cut}`;
}
