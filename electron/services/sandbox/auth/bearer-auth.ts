/** Checks the bearer token of an API request (RFC 6750) and words the `WWW-Authenticate` challenge. */
import { verifyJwt, type Claims, type TokenProblem } from './jwt';
import type { SigningKey } from './signing-key';

/** The outcome: the token's claims, or why there is no usable token. */
export type BearerResult = { ok: true; claims: Claims } | { ok: false; problem: TokenProblem | 'missing'; description: string };

const descriptions: Record<TokenProblem | 'missing', string> = {
  missing: 'No bearer token was sent; add the header Authorization: Bearer <access token>.',
  malformed: 'The access token is not a well-formed JWT.',
  bad_signature: 'The access token signature is invalid.',
  expired: 'The access token expired.',
  wrong_issuer: 'The access token was issued by someone else.',
};

/** Reads `Authorization: Bearer …` and verifies the token. */
export function authenticateBearer(authorization: string | undefined, key: SigningKey, nowMs: number, issuer: string): BearerResult {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return { ok: false, problem: 'missing', description: descriptions.missing };
  const result = verifyJwt(match[1] as string, key, nowMs, issuer);
  return result.ok ? result : { ok: false, problem: result.problem, description: descriptions[result.problem] };
}

/** The `WWW-Authenticate` value for a refused request. */
export function bearerChallenge(description: string): string {
  return `Bearer realm="shoreline-sandbox", error="invalid_token", error_description="${description.replace(/"/g, "'")}"`;
}
