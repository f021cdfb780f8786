/**
 * What a watch needs from the world, as ports tests can replace: two clocks (the wall clock, which
 * sleep and manual changes move, and a monotonic one, which they do not) and timers. Comparing the
 * two clocks is how a watch notices the computer slept.
 */
import { performance } from 'node:perf_hooks';

/** The two clocks, in milliseconds. */
export interface WatchClock {
  /** Epoch milliseconds (`Date.now`). */
  wall(): number;
  /** A clock that only moves forward, at its own origin (`performance.now`). */
  monotonic(): number;
}

/** A pending timer. */
export type TimerHandle = unknown;

/** Timers (`setTimeout`), replaceable so tests run without real waiting. */
export interface WatchTimers {
  set(callback: () => void, ms: number): TimerHandle;
  clear(handle: TimerHandle): void;
}

/** The real clocks. */
export const systemClock: WatchClock = { wall: () => Date.now(), monotonic: () => performance.now() };

/** The real timers. */
export const systemTimers: WatchTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Notices jumps of the wall clock against the monotonic one: a computer that slept (the wall clock
 * ran on, the monotonic clock did not), or a clock set by hand. Each call reports the jump since the
 * previous call when it is larger than `thresholdMs`.
 */
export function createJumpDetector(clock: WatchClock, thresholdMs: number): { check(): number | undefined; reset(): void } {
  let wall = clock.wall();
  let mono = clock.monotonic();
  const reset = () => {
    wall = clock.wall();
    mono = clock.monotonic();
  };
  return {
    reset,
    check() {
      const jump = clock.wall() - wall - (clock.monotonic() - mono);
      reset();
      return Math.abs(jump) > thresholdMs ? jump : undefined;
    },
  };
}
