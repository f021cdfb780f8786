/**
 * How token lifetimes read on screen: a ticking clock for the header chip ("1:54:12"), a sentence
 * for messages ("1 h 59 min"), and the colour a countdown should take.
 */

/** Warn (amber) when less than this is left on a token. */
export const warnBelowMs = 5 * 60_000;

/** A countdown as `h:mm:ss` or `m:ss`, rounded up so it reads `0:00` only at the moment of expiry. */
export function formatRemaining(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A duration in words, for sentences: "1 h 59 min", "14 min", "45 s", "3 d 2 h". Rounded down. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600) % 24;
  const days = Math.floor(total / 86_400);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** How urgent a countdown looks: calm, amber in the last five minutes, red once expired. */
export type CountdownTone = 'ok' | 'warning' | 'expired';

/** The tone for `ms` left. */
export function countdownTone(ms: number): CountdownTone {
  if (!(ms > 0)) return 'expired';
  return ms < warnBelowMs ? 'warning' : 'ok';
}

/** One way of writing a time of day everywhere tokens are described, so "expires at 9:10 AM" and the `exp` row agree. */
const timeOfDay = { timeStyle: 'short' } as const;

/** A local wall-clock time such as "9:10 AM" or "14:32", for "it expires at …". */
export function formatClock(epochMs: number, locale?: string): string {
  return new Date(epochMs).toLocaleTimeString(locale, timeOfDay);
}

/** A local date and the same time of day, for the token panel's `exp`/`iat` rows: "Dec 2, 2026, 9:10 AM". */
export function formatDateTime(epochMs: number, locale?: string): string {
  return new Date(epochMs).toLocaleString(locale, { dateStyle: 'medium', ...timeOfDay });
}
