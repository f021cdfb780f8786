/**
 * Rows of a text the format worker holds, fetched a page at a time as the viewer asks for them and
 * kept in a small cache, so scrolling a 100 MB answer never brings more than a few pages into the window.
 */
import type { TextMeta, TextWhich } from './format-messages';
import type { TextLines } from './text-lines';

/** How the lines reach the worker: ask for rows or for the whole text (answered later). */
export interface LinesPort {
  lines(which: TextWhich, from: number, to: number): Promise<string[]>;
  blob(which: TextWhich): Promise<Blob>;
  find(which: TextWhich, query: string, fromRow: number): Promise<number>;
}

/** Rows per request: one screenful is ~40 rows, so a page covers a few and a fast scroll asks little. */
export const pageRows = 256;
/** Pages kept at once (at most 256 × 400 characters each, so a few MB). */
const maxPages = 48;

/** Paged lines of `which` (whose size is `meta`) through `port`. */
export function pagedLines(port: LinesPort, which: TextWhich, meta: TextMeta): TextLines {
  const pages = new Map<number, string[]>();
  const pending = new Set<number>();
  const listeners = new Set<() => void>();
  let wanted = { from: 0, to: 0 };
  const rowCount = meta.rowCount;
  // The worker sends the first rows with the size; any more of them are asked for like the rest.
  if (meta.head && meta.head.length >= Math.min(pageRows, rowCount)) pages.set(0, meta.head.slice(0, pageRows));

  const evict = () => {
    for (const page of pages.keys()) {
      if (pages.size <= maxPages) return;
      const inView = page * pageRows < wanted.to && (page + 1) * pageRows > wanted.from;
      if (!inView) pages.delete(page);
    }
  };
  const fetchPage = (page: number) => {
    if (pages.has(page) || pending.has(page)) return;
    pending.add(page);
    port.lines(which, page * pageRows, Math.min(rowCount, (page + 1) * pageRows)).then(
      (lines) => {
        pending.delete(page);
        pages.set(page, lines);
        evict();
        for (const listener of listeners) listener();
      },
      () => pending.delete(page),
    );
  };

  return {
    length: meta.length,
    rowCount,
    row(index) {
      const page = pages.get(Math.floor(index / pageRows));
      return page?.[index % pageRows];
    },
    load(from, to) {
      wanted = { from, to };
      const last = Math.min(rowCount, to) - 1;
      for (let page = Math.floor(Math.max(0, from) / pageRows); page * pageRows <= last; page += 1) fetchPage(page);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    blob: () => port.blob(which),
    find: (query, fromRow) => port.find(which, query, fromRow),
  };
}
