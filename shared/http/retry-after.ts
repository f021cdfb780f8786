/**
 * Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3) — delay-seconds or an HTTP date — for every
 * place that waits on one: token exchange, sends, fetch-all and watch.
 */

/** Seconds to wait at `nowMs` (rounded up, never negative), or undefined when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // Servers in the wild send "1.5" although the RFC says integer: round it up rather than ignore it.
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.ceil(Number(text));
  // Date.parse reads almost anything ("-5" is a year): only try strings shaped like an HTTP date.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** A wait in words: "1 second", "45 seconds", "3 minutes" (rounded up). */
export function waitWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole <= 120) return `${whole} second${whole === 1 ? '' : 's'}`;
  return `${Math.ceil(whole / 60)} minutes`;
}
