/**
 * Clocks and timers a test moves by hand: `advance` runs due timers in order and lets the checks
 * they start finish; `sleep` moves only the wall clock, as a computer that slept does.
 */
import type { WatchClock, WatchTimers } from '../watch-ports';

interface Pending {
  id: number;
  dueMono: number;
  callback: () => void;
}

/** Manual time for the watch service's tests. */
export interface ManualTime {
  clock: WatchClock;
  timers: WatchTimers;
  /** Moves both clocks forward by `ms`, running every timer due on the way (and what they start). */
  advance(ms: number): Promise<void>;
  /** Moves the wall clock by `ms` only (the computer slept, or its clock was set). */
  jumpWall(ms: number): void;
  /** Lets pending promise work finish. */
  settle(): Promise<void>;
  /** Timers waiting, as ms from now (monotonic). */
  pendingDelays(): number[];
}

/** Creates manual time starting at `wallStart`. */
export function createManualTime(wallStart = Date.UTC(2025, 2, 10, 9)): ManualTime {
  let wall = wallStart;
  let mono = 1_000;
  let nextId = 1;
  const pending: Pending[] = [];
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return {
    clock: { wall: () => wall, monotonic: () => mono },
    timers: {
      set(callback, ms) {
        const entry = { id: nextId++, dueMono: mono + Math.max(0, ms), callback };
        pending.push(entry);
        return entry.id;
      },
      clear(handle) {
        const index = pending.findIndex((p) => p.id === handle);
        if (index >= 0) pending.splice(index, 1);
      },
    },
    async advance(ms) {
      const target = mono + ms;
      await settle();
      for (;;) {
        pending.sort((a, b) => a.dueMono - b.dueMono || a.id - b.id);
        const next = pending[0];
        if (!next || next.dueMono > target) break;
        pending.shift();
        wall += next.dueMono - mono;
        mono = next.dueMono;
        next.callback();
        await settle();
      }
      wall += target - mono;
      mono = target;
    },
    jumpWall(ms) {
      wall += ms;
    },
    settle,
    pendingDelays: () => pending.map((p) => p.dueMono - mono).sort((a, b) => a - b),
  };
}
