/** Time passing, for the counters in the response panel. */
import { useEffect, useState } from 'react';

/** Milliseconds since the component mounted, updated every `everyMs`. */
export function useElapsed(everyMs = 100): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const timer = setInterval(() => setElapsed(performance.now() - started), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return elapsed;
}

/** Whole seconds left of `seconds`, counting down from mount to 0. */
export function useCountdown(seconds: number): number {
  const elapsed = useElapsed(seconds > 0 ? 250 : 60_000);
  return Math.max(0, Math.ceil(seconds - elapsed / 1000));
}
