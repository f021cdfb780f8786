/** Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */

/** Seconds to wait according to `value` at `now` (epoch ms), or undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // Date.parse reads almost anything ("-5" is a year): only try strings shaped like an HTTP date.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A wait in words: "1 second", "45 seconds", "3 minutes" (rounded up). */
export function waitWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole <= 120) return `${whole} second${whole === 1 ? '' : 's'}`;
  return `${Math.ceil(whole / 60)} minutes`;
}
