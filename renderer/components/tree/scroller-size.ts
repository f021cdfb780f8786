/**
 * The scroller's size for a virtualiser, learnt without forcing a layout. The library's own observer
 * reads `clientHeight` at once when the list mounts, inside React's commit: in the window's first frame
 * that lays out the whole window in the middle of the commit task and then renders the rows again,
 * synchronously. Here the first render assumes the window's height (rows past the scroller's end are
 * clipped, so nothing shows that should not), and a ResizeObserver reports the real size after the
 * frame's own layout, before it is painted.
 */
import { observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/** The size the first render assumes: the window's (or nothing where there is no window). */
export function assumedScrollerRect(): Rect {
  return { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight };
}

/** Reports `element`'s content size on every change, the first time after layout; for `observeElementRect`. */
export function observeScrollerSize<E extends Element>(instance: Virtualizer<E, Element>, report: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, report);
  const observer = new ResizeObserver(() => report({ width: Math.round(element.clientWidth), height: Math.round(element.clientHeight) }));
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}
