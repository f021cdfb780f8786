/**
 * The messages between main and the parse code (a worker, or the same code in-process):
 *   parse (one text, then exit):   code → main: ready | parsed { json?, bytes?, syntax, index? } | failed { code, message, detail? }
 *                                  (a warm spare starts without a text and gets it as main → code: parse { text | bytes })
 *   validator (long-lived):        main → code: validate { id, json | path };  code → main: ready | validated { id, failure? }
 * A file's bytes go to a warm spare and back by transfer (no copy): main never decodes an 11 MB file.
 * Either mode answers `cannot-start` when its parser packages cannot be loaded.
 */
import type { SpecIndex } from '../../../shared/openapi/operation-index';

/** A message from the parse code. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'cannot-start'; message: string }
  /**
   * `json` (the document as JSON) is left out when it is the text main sent (a JSON file, byte-order
   * mark aside): no 11 MB copy back. `bytes` are the UTF-8 bytes main sent, handed back to be saved.
   */
  | { type: 'parsed'; json?: string; bytes?: Uint8Array; syntax: 'json' | 'yaml'; index?: SpecIndex }
  | { type: 'failed'; code: string; message: string; detail?: string }
  | { type: 'validated'; id: number; failure?: { name?: string; message: string; details?: Record<string, unknown>[] } };

/** The text a warm spare parse worker is given once there is one to read. */
export interface ParseRequest {
  type: 'parse';
  /** The text, or (exactly one of the two) its UTF-8 bytes without a byte-order mark. */
  text?: string;
  bytes?: Uint8Array;
  maxExpandedBytes: number;
  index: boolean;
}

/** What main asks a validator. */
export interface ValidateRequest {
  type: 'validate';
  id: number;
  /** The document as JSON text, or (exactly one of the two) the path of a file holding it. */
  json?: string;
  path?: string;
}

/** Which YAML reader to use: js-yaml (about eight times faster on the 3 MB DSCC spec) or `yaml`. */
export type YamlLibrary = 'js-yaml' | 'yaml';

/** What the parse code receives (as `workerData`). */
export interface WorkerInput {
  /** `parse` one text then exit, or stay as a `validator` for many documents. */
  mode: 'parse' | 'validator';
  /** The text (or its UTF-8 bytes) to parse; neither for a warm spare, which waits for a {@link ParseRequest}. */
  text?: string;
  bytes?: Uint8Array;
  /** Also detect the kind of document and build its index here, so main never parses the document again. */
  index?: boolean;
  /** Largest JSON size (bytes) a YAML file may reach once its aliases are expanded. */
  maxExpandedBytes: number;
  yamlLibrary: YamlLibrary;
}

/** How the parse code talks to main: a worker's parent port, or plain callbacks in-process. */
export interface CodePort {
  /** Posts `message`, moving (not copying) the buffers in `transfer`. */
  post(message: WorkerMessage, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (message: unknown) => void): void;
}
