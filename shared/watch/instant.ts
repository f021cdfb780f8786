/**
 * Date-times as a watch needs them: read the moment an item carries (any ISO 8601 / RFC 3339
 * spelling, fractions down to nanoseconds kept), compare moments exactly, and write one back in the
 * API's own spelling (`'2025-01-16T07:54:55.0Z'` for GreenLake, `2020-09-08T16:51:33Z` for DSCC).
 * Writing cuts extra fraction digits off rather than rounding: a cursor a little early only
 * re-reads items the seen-set drops, while one a little late would skip some.
 */

/** A moment in UTC as `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ`: nine fraction digits, so text order is time order. */
export type Instant = string & { readonly __instant: unique symbol };

/** How an API spells date-times in its filter: how many fraction digits, and `Z` or `+00:00`. */
export interface DateFormat {
  fractionDigits: number;
  zone: 'Z' | '+00:00';
}

/** The format used when nothing says otherwise: whole seconds with `Z` (RFC 3339's plainest form). */
export const plainDateFormat: DateFormat = { fractionDigits: 0, zone: 'Z' };

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/** The moment `text` names, or undefined when it is not a date-time (a date alone is not one: it has no time to advance). */
export function readInstant(text: unknown): Instant | undefined {
  if (typeof text !== 'string') return undefined;
  const match = isoPattern.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone] = match;
  const offset = zoneMinutes(zone);
  if (offset === undefined) return undefined;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const whole = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
  // Date.UTC rolls 31 February over into March: a moment that does not read back the same is not one.
  const readBack = [whole.getUTCFullYear(), whole.getUTCMonth() + 1, whole.getUTCDate(), whole.getUTCHours(), whole.getUTCMinutes(), whole.getUTCSeconds()];
  if (readBack.some((value, i) => value !== parts[i])) return undefined;
  const utc = new Date(whole.getTime() - offset * 60_000).toISOString().slice(0, 19);
  return `${utc}.${fraction.padEnd(9, '0')}Z` as Instant;
}

/** The later of two moments (undefined counts as "none yet"). */
export function laterOf(a: Instant | undefined, b: Instant | undefined): Instant | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** The format of a sample date-time as an API wrote it; undefined when `sample` is not a date-time. */
export function dateFormatOf(sample: string): DateFormat | undefined {
  const match = isoPattern.exec(sample.trim());
  if (!match) return undefined;
  const fraction = match[7] ?? '';
  const zone = match[8];
  return { fractionDigits: fraction.length, zone: zone === '+00:00' ? '+00:00' : 'Z' };
}

/** Writes `instant` in `format`, cutting (never rounding) the fraction to the format's digits. */
export function formatInstant(instant: Instant, format: DateFormat): string {
  const seconds = instant.slice(0, 19);
  const digits = Math.max(0, Math.min(9, format.fractionDigits));
  const fraction = digits > 0 ? `.${instant.slice(20, 20 + digits)}` : '';
  return `${seconds}${fraction}${format.zone}`;
}
