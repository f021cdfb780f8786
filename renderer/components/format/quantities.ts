/** Numbers as an administrator reads them: sizes in B/KB/MB, times in ms/s, counts with separators. */

// Created on first use: building an Intl formatter loads the locale data, 10 ms at a cold start.
let counter: Intl.NumberFormat | undefined;

/** A count with thousands separators: 1473 → "1,473". */
export function formatCount(value: number): string {
  // Whole counts (nearly every call) need no locale data: group the digits in threes.
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  counter ??= new Intl.NumberFormat('en-US');
  return counter.format(value);
}

/** A byte size: "512 B", "12.3 KB", "2.3 MB", "1.1 GB" (1 KB = 1,024 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 100 ? 1 : 0;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${units[unit]}`;
}

/** A duration: "143 ms", "1.24 s", "12.3 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.floor(seconds % 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "1 item" / "12 items". */
export function pluralItems(count: number, noun = 'item'): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** The status line's list summary: "12 items of 350", "12 items", or undefined when the body holds no list. */
export function itemsSummary(itemCount: number | undefined, total: number | undefined): string | undefined {
  if (itemCount === undefined) return undefined;
  if (total !== undefined && total !== itemCount) return `${pluralItems(itemCount)} of ${formatCount(total)}`;
  return pluralItems(itemCount);
}
