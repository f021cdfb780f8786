/**
 * A collection that keeps growing: a fixed history before the Sandbox started, then one new item
 * every interval, derived from the clock and generated from its index alone, so a watcher polling
 * with `createdAt ge '…'` sees new entries arrive and every run sees the same ones.
 */
import { prngFor } from './prng';

/** How a feed is laid out in time. */
export interface LiveFeedOptions<T> {
  /** A label that seeds the history's spacing. */
  label: string;
  /** Items that already existed when the Sandbox started. */
  historyCount: number;
  /** Average gap between history items, in ms. */
  historySpacingMs: number;
  /** Gap between arrivals after the start, in ms. */
  intervalMs: number;
  /** Items arriving together at each arrival, sharing its moment (1 unless given). */
  perArrival?: number;
  startedAtMs: number;
  /** Builds item `index` (0 is the oldest), dated `atMs`. */
  make: (index: number, atMs: number) => T;
  /** How many of the newest items are kept (older ones fall out, as under a retention policy). */
  retain?: number;
}

/** Items kept by default: about four and a half days of arrivals at one every 20 s, on top of the history. */
export const defaultRetention = 20_000;

/** A growing collection. */
export interface LiveFeed<T> {
  /** Every item that exists at `nowMs`, oldest first. */
  itemsAt(nowMs: number): readonly T[];
  /** The moment item `index` appears. */
  timeOf(index: number): number;
}

/**
 * Creates a feed. Items are built on first use and cached; only the newest `retain` exist, so a
 * clock that jumps a year ahead builds those, not every item in between.
 */
export function createLiveFeed<T>(options: LiveFeedOptions<T>): LiveFeed<T> {
  const { historyCount, historySpacingMs, intervalMs, startedAtMs } = options;
  const perArrival = options.perArrival ?? 1;
  if (!Number.isInteger(perArrival) || perArrival < 1) throw new RangeError(`perArrival must be a whole number of at least 1, not ${perArrival}.`);
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be more than 0, not ${intervalMs}.`);
  const retain = options.retain ?? defaultRetention;
  let cache: T[] = [];
  let cacheStart = 0;

  function timeOf(index: number): number {
    if (index < historyCount) {
      const jitter = Math.floor(prngFor(`${options.label}-time`, index).next() * (historySpacingMs / 2));
      return startedAtMs - (historyCount - index) * historySpacingMs + jitter;
    }
    return startedAtMs + (Math.floor((index - historyCount) / perArrival) + 1) * intervalMs;
  }

  return {
    timeOf,
    itemsAt(nowMs) {
      const arrived = nowMs < startedAtMs ? 0 : Math.floor((nowMs - startedAtMs) / intervalMs) * perArrival;
      const count = historyCount + arrived;
      const first = Math.max(0, count - retain);
      if (first < cacheStart || first >= cacheStart + cache.length) {
        cache = [];
        cacheStart = first;
      } else if (first > cacheStart) {
        cache = cache.slice(first - cacheStart);
        cacheStart = first;
      }
      for (let index = cacheStart + cache.length; index < count; index += 1) cache.push(options.make(index, timeOf(index)));
      const end = count - cacheStart;
      return end === cache.length ? cache : cache.slice(0, end);
    },
  };
}
