/** Signs and verifies RS256 JSON Web Tokens with Node's crypto alone (RFC 7515 / 7519). */
import { createSign, createVerify } from 'node:crypto';
import type { SigningKey } from './signing-key';

/** A token's claims. */
export type Claims = Record<string, unknown>;

/** Why a token was refused, worded for `error_description`. */
export type TokenProblem = 'malformed' | 'bad_signature' | 'expired' | 'wrong_issuer';

/** The outcome of checking a token. */
export type Verification = { ok: true; claims: Claims } | { ok: false; problem: TokenProblem };

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const base64url = /^[A-Za-z0-9_-]+$/;

function decodeJson(part: string): unknown {
  if (!base64url.test(part)) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Signs `claims` with the key; the header names the key with `kid`. */
export function signJwt(claims: Claims, key: SigningKey): string {
  const signingInput = `${encodeJson({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${encodeJson(claims)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key.privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

/**
 * Checks a token's shape, header, signature, issuer and expiry (`exp` in seconds; a token is
 * expired from the second `exp` names). Never throws.
 */
export function verifyJwt(token: string, key: SigningKey, nowMs: number, issuer: string): Verification {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, problem: 'malformed' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  const claims = decodeJson(payloadPart);
  if (!isObject(header) || !isObject(claims) || !base64url.test(signaturePart)) return { ok: false, problem: 'malformed' };
  if (header.alg !== 'RS256' || header.kid !== key.kid) return { ok: false, problem: 'bad_signature' };
  const valid = createVerify('RSA-SHA256')
    .update(`${headerPart}.${payloadPart}`)
    .verify(key.publicKey, Buffer.from(signaturePart, 'base64url'));
  if (!valid) return { ok: false, problem: 'bad_signature' };
  if (claims.iss !== issuer) return { ok: false, problem: 'wrong_issuer' };
  if (typeof claims.exp !== 'number' || nowMs >= claims.exp * 1000) return { ok: false, problem: 'expired' };
  return { ok: true, claims };
}
