/**
 * Turns one spec text into JSON off the main thread (a 3 MB YAML is a CPU-second of work): a
 * short-lived worker per import, or the same code in-process when no worker can start. Errors
 * come back as {@link ShorelineError}s worded for the user.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import { ShorelineError, type ErrorCode } from '../../../shared/errors';
import { openChannel, type ParseChannel, type WorkerInput, type WorkerMessage } from './parse-channel';
import type { YamlLibrary } from './parse-messages';

/** A spec text read into JSON. */
export interface ParsedText {
  /** The document as JSON text (the original text when it was JSON already). */
  json: string;
  syntax: 'json' | 'yaml';
  /** True when no worker could start and the parse ran on this thread. */
  inProcess: boolean;
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
}

const knownCodes: readonly ErrorCode[] = ['spec_invalid', 'too_large', 'invalid_input', 'unsupported'];

/** A worker that died rather than answered, in the user's words. */
export function crashError(error: Error & { code?: string }): ShorelineError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ShorelineError('too_large', 'This file needs more memory to read than Shoreline allows, so it was not imported.');
  }
  return new ShorelineError('internal', 'The spec reader stopped unexpectedly. Nothing was changed.');
}

/** Parses `text` in a worker (or in-process when no worker can start). */
export function parseSpecText(text: string, options: ParseOptions = {}): Promise<ParsedText> {
  const input: WorkerInput = { mode: 'parse', text, yamlLibrary: options.yamlLibrary ?? 'js-yaml', maxExpandedBytes: options.maxExpandedBytes ?? 100 * 1024 * 1024 };
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
      if (outcome instanceof ShorelineError) reject(outcome);
      else resolve(outcome);
    }

    function onMessage(message: WorkerMessage) {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'cannot-start') fallBack(new Error(message.message));
      else if (message.type === 'failed') {
        const code = knownCodes.includes(message.code as ErrorCode) ? (message.code as ErrorCode) : 'spec_invalid';
        settle(new ShorelineError(code, message.message, message.detail));
      } else if (message.type === 'parsed') settle({ json: message.json, syntax: message.syntax, inProcess: channel.inProcess });
    }

    function open(inProcess: boolean) {
      channel = openChannel(input, inProcess);
      channel.onMessage(onMessage);
      channel.onFailure((error) => (!ready && !settled ? fallBack(error) : settle(crashError(error))));
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
