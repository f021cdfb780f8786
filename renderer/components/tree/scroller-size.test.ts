// @vitest-environment jsdom
import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeScrollerSize } from './scroller-size';

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
