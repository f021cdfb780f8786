/**
 * The rows a text viewer draws, whether the page holds the text (small answers) or the format
 * worker does (big ones, paged in as the user scrolls so the window's heap stays small).
 */
import { escapeRegExp } from '../../../../shared/text/escape-reg-exp';

/** A text cut into rows (see `textRows`), read row by row. */
export interface TextLines {
  /** Characters in the whole text. */
  readonly length: number;
  /** Rows in the whole text. */
  readonly rowCount: number;
  /** The whole text, when the page holds it (Monaco and the plain block need it). */
  readonly text?: string;
  /** Row `index`, or undefined while its page is still on the way (`subscribe` hears when it lands). */
  row(index: number): string | undefined;
  /** Asks for rows `[from, to)` to be at hand soon. */
  load(from: number, to: number): void;
  /** Calls `listener` whenever more rows are at hand; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The whole text as a Blob (kept out of the JavaScript heap), for copying. */
  blob(): Promise<Blob>;
  /** The first row at or after `fromRow` holding `query` (any case), wrapping to the top; -1 when none does. */
  find(query: string, fromRow: number): Promise<number>;
}

/** The row whose `[start, end)` pair holds character `offset` (`rows` are in order). */
export function rowAt(rows: Uint32Array, offset: number): number {
  let low = 0;
  let high = rows.length / 2 - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((rows[mid * 2] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The row of the first match of `query` (any case) at or after row `fromRow`, wrapping once; -1 when none. */
export function findRow(text: string, rows: Uint32Array, query: string, fromRow: number): number {
  if (query === '' || rows.length === 0) return -1;
  const pattern = new RegExp(escapeRegExp(query), 'gi');
  const count = rows.length / 2;
  pattern.lastIndex = rows[Math.min(Math.max(0, fromRow), count - 1) * 2] ?? 0;
  const match = pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text));
  return match ? rowAt(rows, match.index) : -1;
}

const noop = () => undefined;

/** Lines of a text the page already holds; `rows` are its `[start, end)` pairs. */
export function linesInPage(text: string, rows: Uint32Array): TextLines {
  return {
    length: text.length,
    rowCount: rows.length / 2,
    text,
    row: (index) => (index * 2 + 1 < rows.length ? text.slice(rows[index * 2], rows[index * 2 + 1]) : undefined),
    load: noop,
    subscribe: () => noop,
    blob: () => Promise.resolve(new Blob([text], { type: 'text/plain' })),
    find: (query, fromRow) => Promise.resolve(findRow(text, rows, query, fromRow)),
  };
}
