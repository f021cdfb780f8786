/**
 * Where the parse code runs: a `worker_threads` worker (always preferred: parsing a 3 MB YAML
 * takes a CPU-second), or, when no worker can start in this environment, the same code in-process
 * so that importing still works. Both look the same to the caller.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseWorkerBody, parseWorkerScript } from './parse-worker-source';
import type { ParserModules } from './parser-modules';

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

/** What the parse code receives. */
export interface WorkerInput {
  /** `parse` one text then exit, or stay as a `validator` for many documents. */
  mode: 'parse' | 'validator';
  text: string;
  modules: ParserModules;
  /** Largest number of values a YAML file may expand to through aliases (when it also more than doubles). */
  maxExpansion: number;
}

/** A two-way line to the parse code. */
export interface ParseChannel {
  readonly inProcess: boolean;
  send(message: ValidateRequest): void;
  /** Whether this channel keeps the process alive (a validator waiting for work should not). */
  keepAlive(on: boolean): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  /** Called when the code dies (crash, out of memory) rather than answering. */
  onFailure(listener: (error: Error & { code?: string }) => void): void;
  close(): void;
}

/** Runs the parse code in a new worker. */
export function workerChannel(input: WorkerInput): ParseChannel {
  const worker = new Worker(parseWorkerScript, { eval: true, workerData: input });
  let closed = false;
  return {
    inProcess: false,
    send: (message) => worker.postMessage(message),
    keepAlive: (on) => (on ? worker.ref() : worker.unref()),
    onMessage: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => {
        if (!closed) listener(Object.assign(new Error(`The parser stopped unexpectedly (exit code ${code}).`), { code: 'ERR_WORKER_EXIT' }));
      });
    },
    close: () => {
      closed = true;
      void worker.terminate();
    },
  };
}

/** A worker channel, or an in-process one when this environment refuses to create workers at all. */
export function openChannel(input: WorkerInput, inProcess: boolean): ParseChannel {
  if (inProcess) return inProcessChannel(input);
  try {
    return workerChannel(input);
  } catch {
    return inProcessChannel(input);
  }
}

/** Runs the same parse code on this thread (blocking it): only when a worker cannot start. */
export function inProcessChannel(input: WorkerInput): ParseChannel {
  let toMain: (message: WorkerMessage) => void = () => undefined;
  let toCode: (message: unknown) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  let closed = false;
  const here = typeof import.meta.url === 'string' ? import.meta.url : pathToFileURL(join(process.cwd(), 'index.js')).href;
  const load = createRequire(here);
  const port = {
    post: (message: WorkerMessage) => setImmediate(() => !closed && toMain(message)),
    onMessage: (listener: (message: unknown) => void) => {
      toCode = listener;
    },
  };
  const run = new Function('port', 'data', 'load', parseWorkerBody) as (p: typeof port, d: WorkerInput, l: (path: string) => unknown) => void;
  setImmediate(() => {
    try {
      run(port, input, (path) => load(path));
    } catch (error) {
      failed(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return {
    inProcess: true,
    send: (message) => setImmediate(() => !closed && toCode(message)),
    keepAlive: () => undefined,
    onMessage: (listener) => {
      toMain = listener;
    },
    onFailure: (listener) => {
      failed = listener;
    },
    close: () => {
      closed = true;
    },
  };
}
