/** The parse worker's entry point (bundled to dist/workers/parse-worker.js): the parse code on the worker's parent port. */
import { parentPort, workerData } from 'node:worker_threads';
import { runParseCode } from './parse-code';
import type { WorkerInput } from './parse-messages';

const port = parentPort;
if (port) runParseCode({ post: (message, transfer) => port.postMessage(message, transfer), onMessage: (listener) => port.on('message', listener) }, workerData as WorkerInput);
