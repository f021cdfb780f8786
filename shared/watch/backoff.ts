/**
 * How long a watch waits before trying again after a failure that may pass (a 5xx, a dropped
 * connection, a timeout, a 429 without `Retry-After`): doubling from the base, capped, with no
 * randomness, so what the panel says ("retrying in 20 s") is exactly what happens.
 */

/** Back-off settings in milliseconds. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** 5 s, 10 s, 20 s, 40 s … up to 5 minutes. */
export const defaultBackoff: BackoffPolicy = { baseMs: 5_000, maxMs: 300_000 };

/** The wait before retry number `attempt` (1 for the first retry). */
export function backoffMs(attempt: number, policy: BackoffPolicy = defaultBackoff): number {
  const exponent = Math.max(0, Math.min(30, Math.floor(attempt) - 1));
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

/** The longest wait one `Retry-After` gets (an hour): a longer one is cut to this, and the server may ask again then. */
export const maxRetryAfterMs = 3_600_000;
