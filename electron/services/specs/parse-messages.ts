/**
 * The messages between main and the parse code (a worker, or the same code in-process):
 *   parse (one text, then exit):   code → main: ready | parsed { json, syntax } | failed { code, message, detail? }
 *   validator (long-lived):        main → code: validate { id, json };  code → main: ready | validated { id, failure? }
 * Either mode answers `cannot-start` when its parser packages cannot be loaded.
 */

/** A message from the parse code. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'cannot-start'; message: string }
  | { type: 'parsed'; json: string; syntax: 'json' | 'yaml' }
  | { type: 'failed'; code: string; message: string; detail?: string }
  | { type: 'validated'; id: number; failure?: { name?: string; message: string; details?: Record<string, unknown>[] } };

/** What main asks a validator. */
export interface ValidateRequest {
  type: 'validate';
  id: number;
  /** The document as JSON text. */
  json: string;
}

/** Which YAML reader to use: js-yaml (about eight times faster on the 3 MB DSCC spec) or `yaml`. */
export type YamlLibrary = 'js-yaml' | 'yaml';

/** What the parse code receives (as `workerData`). */
export interface WorkerInput {
  /** `parse` one text then exit, or stay as a `validator` for many documents. */
  mode: 'parse' | 'validator';
  text: string;
  /** Largest JSON size (bytes) a YAML file may reach once its aliases are expanded. */
  maxExpandedBytes: number;
  yamlLibrary: YamlLibrary;
}

/** How the parse code talks to main: a worker's parent port, or plain callbacks in-process. */
export interface CodePort {
  post(message: WorkerMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}
