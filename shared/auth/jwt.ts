/**
 * Reads what a JSON Web Token says, for the token panel and for expiry. Shoreline never verifies a
 * signature here: the API that receives the token does that. `shared/` sees neither `Buffer` nor
 * `atob`, so base64url and UTF-8 are decoded by hand.
 */

/** A JSON object as decoded from a token part. */
export type JsonObject = Record<string, unknown>;

/** The readable parts of a JWT: never the signature, never the raw text. */
export interface DecodedJwt {
  header: JsonObject;
  claims: JsonObject;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const sextets = new Map([...alphabet].map((char, index) => [char, index]));

/** Decodes base64url (padding and the standard `+/` alphabet tolerated) to bytes, or undefined if malformed. */
export function base64UrlToBytes(text: string): number[] | undefined {
  const clean = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = sextets.get(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Decodes UTF-8 bytes, or undefined when they are not valid UTF-8. */
export function utf8ToString(bytes: readonly number[]): string | undefined {
  try {
    return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}

function decodePart(part: string): JsonObject | undefined {
  const bytes = base64UrlToBytes(part);
  const text = bytes && utf8ToString(bytes);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes a compact JWS (`header.claims.signature`); undefined when `token` is not one (an opaque token). */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return undefined;
  const header = decodePart(parts[0]);
  const claims = decodePart(parts[1]);
  return header && claims ? { header, claims } : undefined;
}

/** A numeric claim such as `exp` or `iat` (seconds since 1970), or undefined when absent or not a number. */
export function numericClaim(claims: JsonObject | undefined, name: string): number | undefined {
  const value = claims?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Removes what people paste around a token: whitespace, quotes and a leading `Bearer `. */
export function cleanPastedToken(text: string): string {
  return text
    .trim()
    .replace(/^authorization:\s*/i, '')
    .replace(/^bearer\s+/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}
