import { describe, expect, it } from 'vitest';
import { maxScrollPx, rowWindow, scrollTopOf } from './row-window';

describe('rowWindow', () => {
  it('draws the rows in view and a few either side for a list that fits', () => {
    expect(rowWindow(1000, 20, 0, 400, 5)).toEqual({ height: 20_000, from: 0, to: 31, top: 0 });
    expect(rowWindow(1000, 20, 2000, 400, 5)).toEqual({ height: 20_000, from: 95, to: 126, top: 1900 });
    expect(rowWindow(10, 20, 0, 400, 5).to).toBe(10);
  });

  it('scales the scrollbar past the cap and still reaches the first and the last row', () => {
    const rows = 5_000_000;
    const top = rowWindow(rows, 20, 0, 400, 0);
    expect(top).toMatchObject({ height: maxScrollPx, from: 0, top: 0 });
    const end = rowWindow(rows, 20, maxScrollPx - 400, 400, 0);
    expect(end.to).toBe(rows);
    // The last row ends at the bottom of the viewport, inside the scrolling content.
    expect(end.top + (end.to - end.from) * 20).toBeLessThanOrEqual(maxScrollPx);
    expect(end.top + (end.to - end.from) * 20).toBeGreaterThanOrEqual(maxScrollPx - 20);
    const middle = rowWindow(rows, 20, (maxScrollPx - 400) / 2, 400, 0);
    expect(Math.abs(middle.from - rows / 2)).toBeLessThan(30);
  });
});

describe('scrollTopOf', () => {
  it('brings a row to the top, scaled or not', () => {
    expect(scrollTopOf(50, 1000, 20, 400)).toBe(1000);
    const rows = 5_000_000;
    const at = scrollTopOf(2_500_000, rows, 20, 400);
    expect(rowWindow(rows, 20, at, 400, 0).from).toBe(2_500_000);
  });
});
