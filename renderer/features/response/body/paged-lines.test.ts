import { describe, expect, it } from 'vitest';
import { pagedLines, pageRows, type LinesPort } from './paged-lines';

function fakePort(total: number): { port: LinesPort; asked: number[][] } {
  const asked: number[][] = [];
  const port: LinesPort = {
    lines: async (_which, from, to) => {
      asked.push([from, to]);
      return Array.from({ length: Math.min(total, to) - from }, (_, i) => `row ${from + i}`);
    },
    blob: async () => new Blob(['all']),
    find: async () => -1,
  };
  return { port, asked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('pagedLines', () => {
  it('draws the first page it was given without asking', () => {
    const { port, asked } = fakePort(1000);
    const head = Array.from({ length: pageRows }, (_, i) => `row ${i}`);
    const lines = pagedLines(port, 'pretty', { length: 9999, rowCount: 1000, head });
    lines.load(0, 40);
    expect(lines.row(5)).toBe('row 5');
    expect(asked).toEqual([]);
  });

  it('asks once per page for the rows in view and tells listeners when they land', async () => {
    const { port, asked } = fakePort(1000);
    const lines = pagedLines(port, 'raw', { length: 9999, rowCount: 1000 });
    let heard = 0;
    lines.subscribe(() => (heard += 1));
    lines.load(pageRows - 10, pageRows + 10);
    lines.load(pageRows - 10, pageRows + 10);
    expect(lines.row(pageRows)).toBeUndefined();
    await settle();
    expect(asked).toEqual([[0, pageRows], [pageRows, 2 * pageRows]]);
    expect(lines.row(pageRows + 3)).toBe(`row ${pageRows + 3}`);
    expect(heard).toBe(2);
  });

  it('keeps only a bounded number of pages', async () => {
    const rowCount = pageRows * 100;
    const { port, asked } = fakePort(rowCount);
    const lines = pagedLines(port, 'raw', { length: 1, rowCount });
    for (let page = 0; page < 100; page += 1) {
      lines.load(page * pageRows, page * pageRows + 1);
      await settle();
    }
    expect(lines.row(0)).toBeUndefined();
    expect(lines.row(99 * pageRows)).toBe(`row ${99 * pageRows}`);
    lines.load(0, 1);
    await settle();
    expect(asked.at(-1)).toEqual([0, pageRows]);
  });

  it('never asks past the last row', async () => {
    const { port, asked } = fakePort(10);
    const lines = pagedLines(port, 'raw', { length: 1, rowCount: 10 });
    lines.load(0, 50);
    await settle();
    expect(asked).toEqual([[0, 10]]);
  });
});
