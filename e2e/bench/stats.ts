/** Small statistics for benchmark samples (milliseconds). */

/** The value below which `p` (0–100) percent of `samples` fall, by nearest rank; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle sample (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The largest sample; 0 when there are none (no long task is a zero-length one). */
export function max(samples: readonly number[]): number {
  return samples.reduce((a, b) => Math.max(a, b), 0);
}

/** Milliseconds for a table cell: "0.42 ms", "12.3 ms", "845 ms", "1.52 s". */
export function ms(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** Bytes as MB (1024²), the unit Shoreline itself shows. */
export function mb(bytes: number, decimals = 2): string {
  return `${(bytes / 1024 / 1024).toFixed(decimals)} MB`;
}

/** A difference in ms with its sign: "+0.47 ms", "-0.27 ms" (an added latency can come out negative in noise). */
export function signed(value: number): string {
  return `${value < 0 ? '-' : '+'}${ms(Math.abs(value))}`;
}
