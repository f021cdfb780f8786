/** Turns a token endpoint's answer (RFC 6749 §5.1) or a pasted token into a token with known times. */
import { decodeJwt, numericClaim, type DecodedJwt } from './jwt';
import type { RawResponse } from './scrub';
import { clockSkewError, tokenResponseError } from './token-errors';
import { expiredByClaims, tokenExpiresAt } from './token-expiry';

/** An access token with what Shoreline knows about it. Lives only in the main process's memory. */
export interface IssuedToken {
  accessToken: string;
  /** When it was obtained (epoch ms, local clock); for a pasted token, its `iat` when known. */
  obtainedAt: number;
  /** When it expires (epoch ms, local clock); undefined when neither `expires_in` nor `exp` says. */
  expiresAt?: number;
  /** The decoded header and claims, when the token is a JWT. */
  jwt?: DecodedJwt;
}

function jsonBody(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a successful token response, or throws the {@link tokenResponseError} that explains why it
 * is not one. A JWT whose `exp` is already past on this computer's clock is refused as clock skew.
 */
export function parseTokenResponse(raw: RawResponse, obtainedAt: number, secrets: readonly string[] = []): IssuedToken {
  const ok = raw.status >= 200 && raw.status < 300;
  const json = ok && !/html/i.test(raw.contentType ?? '') ? jsonBody(raw.body) : undefined;
  const accessToken = json?.access_token;
  if (typeof accessToken !== 'string' || accessToken.trim() === '') throw tokenResponseError(raw, secrets);
  const jwt = decodeJwt(accessToken);
  if (jwt && expiredByClaims(jwt.claims, obtainedAt)) {
    throw clockSkewError(numericClaim(jwt.claims, 'exp') ?? 0, numericClaim(jwt.claims, 'iat'), obtainedAt);
  }
  const expiresAt = tokenExpiresAt(obtainedAt, json?.expires_in, jwt?.claims);
  return { accessToken, obtainedAt, ...(expiresAt !== undefined && { expiresAt }), ...(jwt && { jwt }) };
}

/**
 * Reads a token pasted by hand (copied from the GreenLake console). Its times come from the JWT:
 * `exp` for the expiry, `iat` (else `pastedAt`) for when it was obtained. Opaque tokens are accepted
 * with an unknown expiry.
 */
export function pastedToken(token: string, pastedAt: number): IssuedToken {
  const jwt = decodeJwt(token);
  const exp = numericClaim(jwt?.claims, 'exp');
  const iat = numericClaim(jwt?.claims, 'iat');
  return {
    accessToken: token,
    obtainedAt: iat !== undefined ? iat * 1000 : pastedAt,
    ...(exp !== undefined && { expiresAt: exp * 1000 }),
    ...(jwt && { jwt }),
  };
}
