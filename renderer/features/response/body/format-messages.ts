/** The messages between the body view hook and the format worker, which holds big bodies' text. */
import type { Row, TableColumns } from '../../../../shared/http/table';
import type { JsonState } from './body-view';

/** Which text of a body: formatted (Pretty) or as received (Raw). */
export type TextWhich = 'pretty' | 'raw';

/** Asks the worker something about the one body it holds. */
export type WorkerRequest =
  /** A piece of a body kept by the host, relayed in order while it is read. */
  | { type: 'chunk'; text: string }
  /** Analyse the body: `text` when the page has it inline, else the chunks received so far. */
  | { type: 'analyse'; kind: 'json' | 'text'; text?: string }
  /** Rows `[from, to)` of one text, answered with the same `seq`. */
  | { type: 'lines'; seq: number; which: TextWhich; from: number; to: number }
  /** One whole text as a Blob (for copying), answered with the same `seq`. */
  | { type: 'blob'; seq: number; which: TextWhich }
  /** The first row at or after `fromRow` holding `query`, answered with the same `seq`. */
  | { type: 'find'; seq: number; which: TextWhich; query: string; fromRow: number };

/** The size of a text the worker holds, and the text itself when it is small enough for the page. */
export interface TextMeta {
  length: number;
  rowCount: number;
  /** The whole text and its `[start, end)` row pairs, sent only for texts up to `fullTextLimit`. */
  text?: string;
  rows?: Uint32Array;
  /** The first rows of a text not sent whole, so the first screen needs no asking. */
  head?: string[];
}

/** What the Pretty and Raw views need to start drawing. */
export interface TextMetaView {
  json: JsonState;
  jsonError?: string;
  pretty: TextMeta;
  raw: TextMeta;
}

/** A part of the worker's answer. */
export type WorkerReply =
  | { type: 'text'; view: TextMetaView }
  | { type: 'rows'; rows: Row[] }
  | { type: 'done'; columns?: TableColumns; itemsPath?: string }
  | { type: 'error'; message: string }
  | { type: 'lines'; seq: number; lines: string[] }
  | { type: 'blob'; seq: number; blob: Blob }
  | { type: 'found'; seq: number; row: number };
