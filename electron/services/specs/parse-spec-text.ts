/**
 * Turns one spec text into JSON (and, asked to, its index) off the main thread (a 3 MB YAML is a
 * CPU-second of work): a short-lived worker per import, taken warm from a spare started ahead of
 * time when there is one, or the same code in-process when no worker can start. Errors come back
 * as {@link ShorelineError}s worded for the user.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import { ShorelineError, type ErrorCode } from '../../../shared/errors';
import type { SpecIndex } from '../../../shared/openapi/operation-index';
import { openChannel, workerChannel, type ParseChannel, type ParseRequest, type WorkerMessage } from './parse-channel';
import type { YamlLibrary } from './parse-messages';

/** A spec text read into JSON. */
export interface ParsedText {
  /** The document as JSON text: YAML converted, or the original text when it was JSON (not given back for JSON bytes). */
  json?: string;
  /** The bytes that were parsed, given back (they were moved to the worker, not copied). */
  bytes?: Uint8Array;
  syntax: 'json' | 'yaml';
  /** True when no worker could start and the parse ran on this thread. */
  inProcess: boolean;
  /** The document's index, when it was asked for (`index: true`). */
  index?: SpecIndex;
}

/** Options of {@link parseSpecText}. */
export interface ParseOptions {
  signal?: AbortSignalLike;
  /** How long parsing may take; default 60 s. */
  timeoutMs?: number;
  /** The YAML reader; default js-yaml (`yaml` is the slower fallback, kept working). */
  yamlLibrary?: YamlLibrary;
  /** Run on this thread from the start (tests of the fallback). */
  inProcess?: boolean;
  /** Largest size, as JSON, that YAML aliases may expand a file to; default 100 MB, the import limit. */
  maxExpandedBytes?: number;
  /** Also build the document's index in the worker (an invalid document then fails here, in words). */
  index?: boolean;
}

/** A parse worker started ahead of time, its parser loaded, waiting for a text. */
interface Spare {
  channel: ParseChannel;
  /** Messages that came before anyone took the spare (its `ready`). */
  early: WorkerMessage[];
  failed?: Error;
  deliver?: (message: WorkerMessage) => void;
  fail?: (error: Error & { code?: string }) => void;
}

let spare: Spare | undefined;

/**
 * How long after a parse the next spare starts. Starting it at once (a thread, its module graph,
 * js-yaml) took CPU from the import still being saved and its list being drawn, on machines with
 * two cores; a second file picked in the same go starts its own worker, as without a spare.
 */
const rewarmDelayMs = 1000;
let rewarm: ReturnType<typeof setTimeout> | undefined;

/** Starts the next spare once the import that used the last one is on screen. */
function warmLater(): void {
  clearTimeout(rewarm);
  rewarm = setTimeout(warmParser, rewarmDelayMs);
  rewarm.unref?.();
}

/**
 * Starts a spare parse worker unless one is waiting, so the next import skips the worker's start
 * and the parser's loading. It never keeps the process alive, and dies with it.
 */
export function warmParser(): void {
  if (spare) return;
  let channel: ParseChannel;
  try {
    channel = workerChannel({ mode: 'parse', yamlLibrary: 'js-yaml', maxExpandedBytes: 0 });
  } catch {
    return; // no worker file here: imports open their own channel (and fall back in-process)
  }
  const started: Spare = { channel, early: [] };
  channel.onMessage((message) => (started.deliver ? started.deliver(message) : started.early.push(message)));
  channel.onFailure((error) => {
    if (started.fail) return started.fail(error);
    started.failed = error;
    if (spare === started) spare = undefined;
  });
  // After the listeners: adding a message listener holds the process open again.
  channel.keepAlive(false);
  spare = started;
}

/** Whether a spare parse worker is waiting with its parser loaded. */
export function isParserWarm(): boolean {
  return spare !== undefined && spare.failed === undefined && spare.early.some((m) => m.type === 'ready');
}

/** The waiting spare, if it is alive and could load its parser. */
function takeSpare(): Spare | undefined {
  const taken = spare;
  spare = undefined;
  if (!taken) return undefined;
  if (taken.failed || taken.early.some((m) => m.type === 'cannot-start')) {
    taken.channel.close();
    return undefined;
  }
  return taken;
}

/**
 * True when `bytes` is the whole of its own buffer (a byte-order mark skipped at most), so moving the
 * buffer moves nothing else: a small Node Buffer shares a pool with others, and is copied instead.
 */
function ownsItsBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset <= 3 && bytes.byteOffset + bytes.byteLength === bytes.buffer.byteLength;
}

const knownCodes: readonly ErrorCode[] = ['spec_invalid', 'too_large', 'invalid_input', 'unsupported'];

/** A worker that died rather than answered, in the user's words. */
export function crashError(error: Error & { code?: string }): ShorelineError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ShorelineError('too_large', 'This file needs more memory to read than Shoreline allows, so it was not imported.');
  }
  return new ShorelineError('internal', 'The spec reader stopped unexpectedly. Nothing was changed.');
}

/**
 * Parses `text` in a worker (or in-process when no worker can start). Given UTF-8 bytes (without a
 * byte-order mark) instead, the worker decodes them: they are moved to a warm worker rather than
 * copied, so the caller must not touch them until they come back in the result.
 */
export function parseSpecText(text: string, options?: ParseOptions): Promise<ParsedText & { json: string }>;
export function parseSpecText(text: string | Uint8Array, options?: ParseOptions): Promise<ParsedText>;
export function parseSpecText(text: string | Uint8Array, options: ParseOptions = {}): Promise<ParsedText> {
  const yamlLibrary = options.yamlLibrary ?? 'js-yaml';
  const request: ParseRequest = {
    type: 'parse',
    ...(typeof text === 'string' ? { text } : { bytes: text }),
    maxExpandedBytes: options.maxExpandedBytes ?? 100 * 1024 * 1024,
    index: options.index === true,
  };
  return new Promise<ParsedText>((resolve, reject) => {
    let channel: ParseChannel;
    let ready = false;
    let settled = false;
    const timer = setTimeout(() => settle(new ShorelineError('timeout', 'Reading this spec took too long, so it was stopped. Nothing was changed.')), options.timeoutMs ?? 60_000);
    const abort = () => settle(new ShorelineError('cancelled', 'The import was cancelled.'));
    options.signal?.addEventListener('abort', abort, { once: true });

    function settle(outcome: ShorelineError | ParsedText) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      channel.close();
      // The next import finds a warm worker (started once this one's result is saved and drawn).
      if (!options.inProcess && yamlLibrary === 'js-yaml') warmLater();
      if (outcome instanceof ShorelineError) reject(outcome);
      else resolve(outcome);
    }

    function onMessage(message: WorkerMessage) {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'cannot-start') fallBack(new Error(message.message));
      else if (message.type === 'failed') {
        const code = knownCodes.includes(message.code as ErrorCode) ? (message.code as ErrorCode) : 'spec_invalid';
        settle(new ShorelineError(code, message.message, message.detail));
      } else if (message.type === 'parsed') {
        const json = message.json ?? (typeof text === 'string' ? text.replace(/^\uFEFF/, '') : undefined);
        const bytes = message.bytes ?? (typeof text === 'string' ? undefined : text);
        settle({ ...(json !== undefined && { json }), ...(bytes && { bytes }), syntax: message.syntax, inProcess: channel.inProcess, ...(message.index ? { index: message.index } : {}) });
      }
    }

    const onFailure = (error: Error & { code?: string }) => (!ready && !settled ? fallBack(error) : settle(crashError(error)));

    function open(inProcess: boolean) {
      const warm = !inProcess && yamlLibrary === 'js-yaml' ? takeSpare() : undefined;
      if (warm) {
        channel = warm.channel;
        channel.keepAlive(true);
        warm.deliver = onMessage;
        warm.fail = onFailure;
        for (const message of warm.early.splice(0)) onMessage(message);
        // The spare is running, so nothing needs the bytes here again: move them instead of copying 11 MB.
        channel.send(request, request.bytes && ownsItsBuffer(request.bytes) ? [request.bytes.buffer] : []);
        return;
      }
      const { type: _parse, ...input } = request;
      channel = openChannel({ mode: 'parse', yamlLibrary, ...input }, inProcess);
      channel.onMessage(onMessage);
      channel.onFailure(onFailure);
    }

    function fallBack(error: Error) {
      if (channel.inProcess) return settle(new ShorelineError('internal', 'The spec reader could not start.', error.message));
      channel.close();
      open(true);
    }

    if (options.signal?.aborted) {
      settled = true;
      clearTimeout(timer);
      reject(new ShorelineError('cancelled', 'The import was cancelled.'));
      return;
    }
    open(options.inProcess === true);
  });
}
