/**
 * A big body as the format worker holds it: the text as received, its formatted form and the row
 * index of each, so the window asks for the rows it draws instead of holding 100 MB of text itself.
 * Pure, so it is tested without a worker.
 */
import { findItems } from '../../../../shared/http/items';
import { computeColumns, flattenItem, type Row, type TableColumns } from '../../../../shared/http/table';
import { analyseText } from './body-view';
import type { TextMeta, TextMetaView, TextWhich } from './format-messages';
import { pageRows } from './paged-lines';
import { findRow } from './text-lines';

/** Texts up to this many characters go to the page whole: Monaco (4 M characters at most) and the plain block need them. */
export const fullTextLimit = 4 * 1024 * 1024;

interface HeldText {
  text: string;
  rows: Uint32Array;
}

/** One analysed body. */
export interface BodyDocument {
  /** What the page needs to start drawing (small texts included whole, their row arrays to transfer). */
  readonly meta: TextMetaView;
  /** The items as table rows, made a batch at a time; undefined when the JSON holds no list. Once only. */
  takeTable(): TableMaker | undefined;
  /** The text of rows `[from, to)` of one text. */
  lines(which: TextWhich, from: number, to: number): string[];
  /** One whole text as a Blob. */
  blob(which: TextWhich): Blob;
  /** The first row at or after `fromRow` holding `query` (any case), wrapping; -1 when none. */
  find(which: TextWhich, query: string, fromRow: number): number;
}

/** Makes a table's rows in batches, so the worker can answer the window's asks in between. */
export interface TableMaker {
  itemsPath: string;
  /** The next batch of up to `count` rows; empty when all are made. */
  next(count: number): Row[];
  /** The columns, from the rows made so far (the first thousand decide). */
  columns(): TableColumns;
}

function rowTexts(held: HeldText, from: number, to: number): string[] {
  const { text, rows } = held;
  const out: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(rows.length / 2, to); i += 1) out.push(text.slice(rows[i * 2], rows[i * 2 + 1]));
  return out;
}

function metaOf(held: HeldText): TextMeta {
  const rowCount = held.rows.length / 2;
  if (held.text.length > fullTextLimit) return { length: held.text.length, rowCount, head: rowTexts(held, 0, pageRows) };
  return { length: held.text.length, rowCount, text: held.text, rows: held.rows.slice() };
}

function tableMaker(items: unknown[], itemsPath: string): TableMaker {
  const sample: Row[] = [];
  let at = 0;
  return {
    itemsPath,
    next(count) {
      const batch = items.slice(at, at + count).map((item) => flattenItem(item));
      at += batch.length;
      for (const row of batch) if (sample.length < 1000) sample.push(row);
      return batch;
    },
    columns: () => computeColumns(sample),
  };
}

/** Analyses `text` of the given kind and keeps what the views will ask for. */
export function createBodyDocument(text: string, kind: 'json' | 'text'): BodyDocument {
  const analysed = analyseText(text, kind);
  const { view } = analysed;
  let parsed = analysed.parsed;
  const raw: HeldText = { text, rows: view.rawRows };
  const pretty: HeldText = { text: view.pretty, rows: view.prettyRows };
  const held = (which: TextWhich) => (which === 'pretty' ? pretty : raw);
  const meta: TextMetaView = { json: view.json, pretty: metaOf(pretty), raw: metaOf(raw) };
  if (view.jsonError !== undefined) meta.jsonError = view.jsonError;
  return {
    meta,
    takeTable() {
      const found = view.json === 'valid' ? findItems(parsed) : undefined;
      // The parsed tree is the biggest thing held here; only its items are kept, until their rows are out.
      parsed = undefined;
      return found ? tableMaker(found.items, found.path) : undefined;
    },
    lines: (which, from, to) => rowTexts(held(which), from, to),
    blob: (which) => new Blob([held(which).text], { type: 'text/plain' }),
    find: (which, query, fromRow) => findRow(held(which).text, held(which).rows, query, fromRow),
  };
}
