/**
 * A live countdown to `expiresAt`. The next tick is scheduled just after the displayed second
 * changes (rather than every 1000 ms from an arbitrary start), so the clock never skips or stutters.
 */
import { useEffect, useState } from 'react';

/** Milliseconds left until `expiresAt` (epoch ms), re-rendering once a second; undefined without one. */
export function useRemaining(expiresAt: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (expiresAt === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const left = expiresAt - at;
      if (left > 0) timer = setTimeout(tick, (left % 1000 || 1000) + 15);
    };
    tick();
    return () => clearTimeout(timer);
  }, [expiresAt]);
  return expiresAt === undefined ? undefined : expiresAt - now;
}
