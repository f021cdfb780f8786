/**
 * False until the window's first frame is on screen, then true: what is not on the first screen's
 * critical path (the work area, the header's connection bar) renders after the shell and the tree
 * were painted, instead of making that first frame wait for its script and its render.
 */
import { startTransition, useEffect, useState } from 'react';

/** Whether the first frame after mount has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame callback runs just before the paint; the timeout after it runs once the frame is out.
    let timer: ReturnType<typeof setTimeout> | undefined;
    // As a transition, what follows renders in slices that yield to the browser, not in one long task.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
