// @vitest-environment jsdom
import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeScrollerSize, scrollAfterMount } from './scroller-size';

type Instance = Virtualizer<HTMLDivElement, Element>;

/** A scroller whose size reads are counted (a read in the commit is the forced layout this avoids). */
function scroller(height: number) {
  const element = document.createElement('div');
  let reads = 0;
  Object.defineProperty(element, 'clientHeight', { get: () => (reads++, height) });
  Object.defineProperty(element, 'clientWidth', { get: () => 200 });
  return { element, reads: () => reads, instance: { scrollElement: element } as unknown as Instance };
}

afterEach(() => vi.unstubAllGlobals());

describe('observeScrollerSize', () => {
  it('reads no size when the list mounts, and reports the size the observer sees after layout', () => {
    let notify: () => void = () => undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const { instance, reads } = scroller(340);
    const report = vi.fn();
    const stop = observeScrollerSize(instance, report);
    expect(reads()).toBe(0);
    expect(report).not.toHaveBeenCalled();
    notify();
    expect(report).toHaveBeenCalledWith({ width: 200, height: 340 });
    stop?.();
    expect(disconnect).toHaveBeenCalled();
  });

  it('measures at once where there is no ResizeObserver (the library’s own way)', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { instance } = scroller(120);
    (instance as unknown as { targetWindow: Window }).targetWindow = { ...window, ResizeObserver: undefined } as unknown as Window;
    const report = vi.fn();
    observeScrollerSize(instance, report);
    expect(report).toHaveBeenCalledWith({ width: 200, height: 120 });
  });
});

describe('scrollAfterMount', () => {
  const scrollerWithScrollTo = () => {
    const element = document.createElement('div');
    const scrollTo = vi.fn();
    element.scrollTo = scrollTo as unknown as typeof element.scrollTo;
    return { scrollTo, instance: { scrollElement: element, options: { horizontal: false } } as unknown as Virtualizer<HTMLDivElement, Element> };
  };

  it('skips only the mount’s write of offset 0, and scrolls for every later write (to 0 too)', () => {
    const { scrollTo, instance } = scrollerWithScrollTo();
    scrollAfterMount(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollAfterMount(240, {}, instance);
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 240, behavior: undefined });
    scrollAfterMount(0, {}, instance);
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 0, behavior: undefined });
  });

  it('makes a first write that is not to 0', () => {
    const { scrollTo, instance } = scrollerWithScrollTo();
    scrollAfterMount(120, { adjustments: 8 }, instance);
    expect(scrollTo).toHaveBeenCalledWith({ top: 128, behavior: undefined });
  });
});
