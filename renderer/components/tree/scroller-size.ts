/**
 * A virtualiser's scroller, handled without forcing a layout while the list mounts. The library reads
 * the scroller's `clientHeight` and writes its scroll offset (0) as the list mounts, inside React's
 * commit: in the window's first frame each forces a layout of the whole window in the middle of the
 * commit task, and the read then renders the rows again, synchronously.
 * - Size: the first render assumes the window's height (rows past the scroller's end are clipped, so
 *   nothing shows that should not), and a ResizeObserver reports the real size after the frame's own
 *   layout, before it is painted.
 * - Scroll: the mount's write of offset 0 is skipped (a new scroller is at 0); every later write goes
 *   through as the library does it.
 */
import { elementScroll, observeElementRect, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

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

/** Scrollers whose first write (the mount's) has been seen. */
const mounted = new WeakSet<Element>();

/** The library's `elementScroll`, less the mount's write of offset 0; for `scrollToFn`. */
export const scrollAfterMount: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !mounted.has(element)) {
    mounted.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
