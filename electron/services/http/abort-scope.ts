/**
 * One abort signal per exchange, fed by everything that may stop it: the user's Cancel, the caller
 * going away (window closed), and an idle timer that every received chunk resets. Remembers why it
 * fired, so the error says "cancelled" or "timed out" rather than a generic abort.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';

/** Why an exchange was stopped. */
export type AbortReason = 'cancelled' | 'timeout';

/** An abort scope. */
export interface AbortScope {
  readonly signal: AbortSignal;
  /** Why it fired, once it has. */
  readonly reason: AbortReason | undefined;
  /** Stops the exchange as cancelled. */
  cancel(): void;
  /** Restarts the idle timer (data arrived). */
  touch(): void;
  /** Stops the timer and detaches from the parents. */
  dispose(): void;
}

/** Creates a scope that times out after `timeoutMs` without progress and aborts with any of `parents`. */
export function createAbortScope(timeoutMs: number, parents: ReadonlyArray<AbortSignalLike | undefined>): AbortScope {
  const controller = new AbortController();
  let reason: AbortReason | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = (why: AbortReason) => {
    if (reason) return;
    reason = why;
    if (timer) clearTimeout(timer);
    controller.abort(new Error(why));
  };
  const onParentAbort = () => fire('cancelled');
  const arm = () => {
    if (timer) clearTimeout(timer);
    if (!reason) timer = setTimeout(() => fire('timeout'), timeoutMs);
  };
  for (const parent of parents) {
    if (!parent) continue;
    if (parent.aborted) fire('cancelled');
    else parent.addEventListener('abort', onParentAbort, { once: true });
  }
  arm();
  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    cancel: () => fire('cancelled'),
    touch: arm,
    dispose() {
      if (timer) clearTimeout(timer);
      for (const parent of parents) parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

/** Resolves like `promise`, or rejects as soon as `signal` aborts (for waits that cannot be aborted themselves). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or rejects when `signal` aborts. The default sleep of fetch-all's back-off. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
