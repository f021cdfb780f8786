/**
 * Where the parse code runs: a `worker_threads` worker (always preferred: parsing a 3 MB YAML
 * takes a CPU-second), or, when no worker can start in this environment, the same code in-process
 * so that importing still works. Both look the same to the caller.
 */
import { Worker } from 'node:worker_threads';
import { runParseCode } from './parse-code';
import type { ParseRequest, ValidateRequest, WorkerInput, WorkerMessage } from './parse-messages';
import { findParseWorker } from './parse-worker-location';

export type { ParseRequest, ValidateRequest, WorkerInput, WorkerMessage } from './parse-messages';

/** A two-way line to the parse code. */
export interface ParseChannel {
  readonly inProcess: boolean;
  /** Sends `message`, moving (not copying) the buffers in `transfer` to the worker. */
  send(message: ValidateRequest | ParseRequest, transfer?: ArrayBuffer[]): void;
  /** Whether this channel keeps the process alive (a validator waiting for work should not). */
  keepAlive(on: boolean): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  /** Called when the code dies (crash, out of memory) rather than answering. */
  onFailure(listener: (error: Error & { code?: string }) => void): void;
  close(): void;
}

/** Starts the worker, or throws when there is no worker file to start. */
function startWorker(input: WorkerInput): Worker {
  const location = findParseWorker();
  if (!location) throw new Error('The parse worker file was not found.');
  if (location.kind === 'built') return new Worker(location.url, { workerData: input });
  const boot = `import(${JSON.stringify(location.tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(location.url.href)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** Runs the parse code in a new worker. */
export function workerChannel(input: WorkerInput): ParseChannel {
  const worker = startWorker(input);
  let closed = false;
  return {
    inProcess: false,
    send: (message, transfer) => worker.postMessage(message, transfer),
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
  const port = {
    post: (message: WorkerMessage) => setImmediate(() => !closed && toMain(message)),
    onMessage: (listener: (message: unknown) => void) => {
      toCode = listener;
    },
  };
  setImmediate(() => {
    try {
      runParseCode(port, input);
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
