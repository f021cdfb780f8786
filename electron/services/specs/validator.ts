/**
 * Strict validation (swagger-parser) in one long-lived worker shared by all specs: loading
 * swagger-parser and compiling the OpenAPI schemas costs more than validating a small spec, so
 * the worker is kept, and jobs run one at a time so imports never pile up CPU-heavy workers. The
 * worker ends after a quiet minute — at once after a big document, whose dereferenced copy would
 * otherwise keep the host hundreds of MB larger — and is restarted after a crash or a job that runs
 * too long.
 */
import { statSync } from 'node:fs';
import type { ValidationFailure } from '../../../shared/openapi/validation-findings';
import { openChannel, type ParseChannel, type WorkerMessage } from './parse-channel';

/** Validates documents, one at a time. */
export interface Validator {
  /**
   * Validates a document, given as JSON text or as the path of a file holding it (read by the
   * worker, so main need not hold a big document's text): the failure, or undefined when it passed.
   * Never rejects.
   */
  validate(document: string | { path: string }): Promise<ValidationFailure | undefined>;
  /** Stops the worker; queued and running jobs resolve with a "Cancelled" failure. */
  dispose(): void;
}

/** Options of {@link createValidator}. */
export interface ValidatorOptions {
  inProcess?: boolean;
  /** Longest one validation may run; default 120 s. */
  timeoutMs?: number;
  /** How long an idle worker is kept; default 60 s. */
  idleMs?: number;
  /** Documents of at least this many characters end the worker as soon as it is idle; default 2 M. */
  bigDocumentChars?: number;
}

interface Job {
  id: number;
  document: { json: string } | { path: string };
  /** Its size in characters (of the text, or of the file in bytes). */
  chars: number;
  done: (failure: ValidationFailure | undefined) => void;
}

/** A file's size in bytes (0 when it cannot be read: the worker will say so). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Creates a validator (its worker starts with the first job). */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const queue: Job[] = [];
  let channel: ParseChannel | undefined;
  let current: Job | undefined;
  let nextId = 1;
  let jobTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let lastJobChars = 0;

  function stopChannel() {
    channel?.close();
    channel = undefined;
  }

  function finish(failure: ValidationFailure | undefined) {
    const job = current;
    current = undefined;
    clearTimeout(jobTimer);
    job?.done(failure);
    pump();
  }

  function open(inProcess: boolean): ParseChannel {
    const input = { mode: 'validator' as const, text: '', yamlLibrary: 'js-yaml' as const, maxExpandedBytes: 0 };
    const ch = openChannel(input, inProcess);
    let ready = false;
    ch.onMessage((message: WorkerMessage) => {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'cannot-start' && !ch.inProcess) {
        ch.close();
        channel = open(true);
        if (current) channel.send({ type: 'validate', id: current.id, ...current.document });
      } else if (message.type === 'cannot-start') {
        stopChannel();
        finish({ name: 'Crash', message: `the validator could not start (${message.message})` });
      } else if (message.type === 'validated' && message.id === current?.id) finish(message.failure as ValidationFailure | undefined);
    });
    ch.onFailure((error) => {
      if (channel !== ch) return;
      stopChannel();
      if (!ready && !ch.inProcess) {
        channel = open(true);
        if (current) channel.send({ type: 'validate', id: current.id, ...current.document });
      } else finish({ name: 'Crash', message: `the validator stopped (${error.message})` });
    });
    return ch;
  }

  function pump() {
    if (current) return;
    const job = queue.shift();
    if (!job) {
      channel?.keepAlive(false);
      clearTimeout(idleTimer);
      if (lastJobChars >= (options.bigDocumentChars ?? 2_000_000)) return stopChannel();
      idleTimer = setTimeout(stopChannel, options.idleMs ?? 60_000);
      idleTimer.unref?.();
      return;
    }
    clearTimeout(idleTimer);
    current = job;
    lastJobChars = job.chars;
    channel ??= open(options.inProcess === true);
    channel.keepAlive(true);
    jobTimer = setTimeout(() => {
      stopChannel();
      finish({ name: 'Timeout', message: 'Strict validation took too long and was stopped.' });
    }, options.timeoutMs ?? 120_000);
    channel.send({ type: 'validate', id: job.id, ...job.document });
  }

  return {
    validate(document) {
      return new Promise((done) => {
        const job = typeof document === 'string' ? { document: { json: document }, chars: document.length } : { document, chars: sizeOf(document.path) };
        queue.push({ id: nextId++, ...job, done });
        pump();
      });
    },
    dispose() {
      clearTimeout(idleTimer);
      clearTimeout(jobTimer);
      stopChannel();
      const cancelled = { name: 'Cancelled', message: 'Validation was stopped.' };
      const pending = [...(current ? [current] : []), ...queue.splice(0)];
      current = undefined;
      for (const job of pending) job.done(cancelled);
    },
  };
}
