/**
 * When a token expires and when to renew it. Lifetimes come from the token itself (`expires_in`,
 * else the JWT's `exp`), never from an assumed two hours: newer GreenLake tokens live 15 minutes.
 */
import { numericClaim, type JsonObject } from './jwt';

/** The renewal margin is never shorter than this (ms)… */
export const minRenewalMarginMs = 5_000;
/** …and never longer than this (ms). */
export const maxRenewalMarginMs = 60_000;

/**
 * How long before expiry a token is renewed: 10 % of its lifetime, between 5 s and 60 s, and never
 * more than half the lifetime (so a very short-lived token is still used at least once).
 */
export function renewalMarginMs(lifetimeMs: number): number {
  const margin = Math.min(maxRenewalMarginMs, Math.max(minRenewalMarginMs, lifetimeMs * 0.1));
  return Math.min(margin, Math.max(0, lifetimeMs / 2));
}

/** Reads `expires_in` (seconds) from a token response; some servers send it as a numeric string. */
export function expiresInSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** What is known about a token's life, all in epoch milliseconds. */
export interface TokenTimes {
  obtainedAt: number;
  /** Undefined for an opaque token without `expires_in`: it is then used until an API answers 401. */
  expiresAt?: number;
}

/**
 * When a token obtained at `obtainedAt` (local clock) expires. `expires_in` wins, being relative to
 * the moment it was sent. Otherwise the JWT's `exp`; when `iat` is present too, the lifetime
 * `exp − iat` counted from `obtainedAt` is also considered and the earlier of the two is taken, so a
 * local clock that runs behind cannot make Shoreline keep a token past its real end.
 */
export function tokenExpiresAt(obtainedAt: number, expiresIn: unknown, claims: JsonObject | undefined): number | undefined {
  const seconds = expiresInSeconds(expiresIn);
  if (seconds !== undefined) return obtainedAt + seconds * 1000;
  const exp = numericClaim(claims, 'exp');
  if (exp === undefined) return undefined;
  const iat = numericClaim(claims, 'iat');
  const byExp = exp * 1000;
  return iat !== undefined && exp > iat ? Math.min(byExp, obtainedAt + (exp - iat) * 1000) : byExp;
}

/** The moment a cached token should be replaced: its expiry minus the renewal margin. */
export function renewAt(times: TokenTimes): number | undefined {
  if (times.expiresAt === undefined) return undefined;
  return times.expiresAt - renewalMarginMs(times.expiresAt - times.obtainedAt);
}

/** True when a cached token should be renewed before use at `now`. */
export function needsRenewal(times: TokenTimes, now: number): boolean {
  const at = renewAt(times);
  return at !== undefined && now >= at;
}

/** True when the JWT's `exp` is already past on this computer's clock (a sign of clock skew on arrival). */
export function expiredByClaims(claims: JsonObject | undefined, now: number): boolean {
  const exp = numericClaim(claims, 'exp');
  return exp !== undefined && exp * 1000 <= now;
}
