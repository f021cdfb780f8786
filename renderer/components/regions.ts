/**
 * The window's regions — sidebar, request, answer — that F6 and Shift+F6 move between, as in an
 * office suite or VS Code. A region is any element with `data-region="<name>"`; inside it, the element
 * marked `data-region-focus` (the first visible one) is where focus lands, else its first tabbable
 * element, else the region itself.
 *
 * A region that is about to appear (the request builder while an endpoint loads) can be asked for
 * focus ahead: {@link focusRegionWhenReady} records the wish and {@link useRegionReady} in the region
 * fulfils it once drawn.
 */
import { useEffect } from 'react';

/** The regions, in F6 order. */
export type RegionName = 'sidebar' | 'request' | 'answer';

/** Props that make an element a region. */
export function regionProps(name: RegionName): { 'data-region': RegionName } {
  return { 'data-region': name };
}

/** Props that make an element the place focus lands in its region. */
export const regionFocusProps = { 'data-region-focus': true } as const;

const tabbable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const visible = (element: HTMLElement) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';

/** The element focus lands on in `region`. */
function target(region: HTMLElement): HTMLElement {
  const marked = [...region.querySelectorAll<HTMLElement>('[data-region-focus]')].find(visible);
  if (marked) return marked;
  const first = [...region.querySelectorAll<HTMLElement>(tabbable)].find((el) => visible(el) && el.tabIndex >= 0);
  if (first) return first;
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  return region;
}

/** The regions on screen now, in document order. */
function regions(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-region]')].filter(visible);
}

/** Focuses `name`'s landing element; false when that region is not on screen. */
export function focusRegion(name: RegionName): boolean {
  const region = regions().find((el) => el.dataset.region === name);
  if (!region) return false;
  target(region).focus();
  return true;
}

/** Moves focus to the next (`1`) or previous (`-1`) region, wrapping round. */
export function cycleRegion(direction: 1 | -1): void {
  const all = regions();
  if (all.length === 0) return;
  const current = all.findIndex((region) => region.contains(document.activeElement));
  const next = current < 0 ? (direction === 1 ? 0 : all.length - 1) : (current + direction + all.length) % all.length;
  target(all[next]!).focus();
}

let pending: { name: RegionName; until: number } | undefined;

/** Focuses `name` as soon as it says it is ready (within ten seconds), e.g. after opening an endpoint. */
export function focusRegionWhenReady(name: RegionName): void {
  pending = { name, until: Date.now() + 10_000 };
}

/** Called by a region: once `ready` (drawn with its content), it takes focus if that was asked for. */
export function useRegionReady(name: RegionName, ready: boolean): void {
  useEffect(() => {
    if (!ready || pending?.name !== name) return;
    const wish = pending;
    pending = undefined;
    if (Date.now() <= wish.until) focusRegion(name);
  }, [name, ready]);
}
