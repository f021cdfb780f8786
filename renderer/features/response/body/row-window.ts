/**
 * Which rows of a fixed-height list are on screen, for lists of any length. A browser caps an
 * element's height (Chromium near 33 million pixels, about 1.6 million rows of 20 px) and a
 * 100 MB answer formats to over 5 million rows, so past `maxScrollPx` the scrollbar is scaled:
 * its position picks a row in proportion, and rows are drawn from there.
 */

/** The tallest scrolling area used; well under every browser's cap. */
export const maxScrollPx = 8_000_000;

/** The rows to draw and where. */
export interface RowWindow {
  /** Height of the scrolling content. */
  height: number;
  /** First and one-past-last rows to draw. */
  from: number;
  to: number;
  /** Pixel offset of row `from` inside the scrolling content. */
  top: number;
}

/** The rows of `rowCount` (each `rowHeight` px) to draw for a viewport of `viewport` px scrolled to `scrollTop`. */
export function rowWindow(rowCount: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 10): RowWindow {
  const full = rowCount * rowHeight;
  const visible = Math.ceil(viewport / rowHeight) + 1;
  if (full <= maxScrollPx) {
    const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
    return { height: full, from: first, to: Math.min(rowCount, first + visible + 2 * overscan), top: first * rowHeight };
  }
  // Scaled: the scroll position's share of the scrollable range is the first visible row's share of the rows.
  const range = Math.max(1, maxScrollPx - viewport);
  const share = Math.min(1, Math.max(0, scrollTop / range));
  const exact = share * Math.max(0, rowCount - visible + 1);
  const first = Math.floor(exact);
  const from = Math.max(0, first - overscan);
  const top = scrollTop - (exact - from) * rowHeight;
  return { height: maxScrollPx, from, to: Math.min(rowCount, first + visible + overscan), top };
}

/** The scroll position that brings row `row` to the top of the viewport (the inverse of `rowWindow`). */
export function scrollTopOf(row: number, rowCount: number, rowHeight: number, viewport: number): number {
  if (rowCount * rowHeight <= maxScrollPx) return row * rowHeight;
  const visible = Math.ceil(viewport / rowHeight) + 1;
  const share = row / Math.max(1, rowCount - visible + 1);
  return Math.min(1, share) * Math.max(1, maxScrollPx - viewport);
}
