/**
 * The rows a text viewer draws, whether the page holds the text (small answers) or the format
 * worker does (big ones, paged in as the user scrolls so the window's heap stays small).
 */

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
  };
}
