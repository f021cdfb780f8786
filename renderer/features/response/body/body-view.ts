/**
 * Turns a body's text into everything the tabs show — formatted JSON, the table of its items, and
 * the row index the virtualised text viewers use. Pure, so it runs the same in the format worker
 * (big bodies) and on the main thread (small ones and tests).
 */
import { tableFromBody, type Table } from '../../../../shared/http/table';
import { formatJsonText } from './json-format';

/** How the text relates to JSON. */
export type JsonState = 'valid' | 'invalid' | 'not_json';

/** The text side of a body: what the Pretty and Raw tabs show. */
export interface TextView {
  json: JsonState;
  /** Formatted JSON, or the text as it came for anything else. */
  pretty: string;
  /** `[start, end)` pairs of the rows of `pretty` for the virtualised viewer. */
  prettyRows: Uint32Array;
  /** The same for the text as received. */
  rawRows: Uint32Array;
  /** Why JSON that was announced could not be read. */
  jsonError?: string;
}

/** What the tabs show for one body. */
export interface BodyView extends TextView {
  /** The items as a table, when the JSON holds a list. */
  table?: Table;
}

/** Longest row a text viewer draws before it wraps, so a minified 20 MB line stays scrollable. */
export const maxRowChars = 400;

/** `[start, end)` pairs for each line of `text`, lines longer than `maxChars` cut into several rows. */
export function textRows(text: string, maxChars = maxRowChars): Uint32Array {
  let pairs = new Uint32Array(1024);
  let count = 0;
  const push = (start: number, end: number) => {
    if (count + 2 > pairs.length) {
      const bigger = new Uint32Array(pairs.length * 2);
      bigger.set(pairs);
      pairs = bigger;
    }
    pairs[count] = start;
    pairs[count + 1] = end;
    count += 2;
  };
  const n = text.length;
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    let at = start;
    do {
      const stop = Math.min(lineEnd, at + maxChars);
      push(at, stop);
      at = stop;
    } while (at < lineEnd);
    if (end === n) break;
    start = end + 1;
  }
  return pairs.slice(0, count);
}

// Integers of 16+ digits lose precision through JSON.parse; only then is the slower exact formatter needed.
const bigInteger = /[:,[]\s*-?\d{16,}/;

/** Formatted JSON: the engine's fast formatter, or the exact re-indenter when numbers would change. */
export function prettyJson(text: string, parsed: unknown): string {
  return bigInteger.test(text) ? formatJsonText(text) : JSON.stringify(parsed, null, 2);
}

/** Parses and formats `text` of the given kind; `parsed` is the JSON value when it is valid JSON. */
export function analyseText(text: string, kind: 'json' | 'text'): { view: TextView; parsed?: unknown } {
  const rawRows = textRows(text);
  if (kind !== 'json') return { view: { json: 'not_json', pretty: text, prettyRows: rawRows, rawRows } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it is not valid JSON';
    return { view: { json: 'invalid', pretty: text, prettyRows: rawRows, rawRows, jsonError: reason } };
  }
  const pretty = prettyJson(text, parsed);
  return { view: { json: 'valid', pretty, prettyRows: textRows(pretty), rawRows }, parsed };
}

/** Everything at once, for bodies small enough to analyse on the main thread. */
export function analyseBody(text: string, kind: 'json' | 'text'): BodyView {
  const { view, parsed } = analyseText(text, kind);
  if (view.json !== 'valid') return view;
  const table = tableFromBody(parsed);
  return table ? { ...view, table } : view;
}
