/** Running requests by the id the renderer chose, so `http.cancel` can stop them. */

/** A registration: its signal aborts when the request id is cancelled. */
export interface Registration {
  readonly signal: AbortSignal;
  /** Unregisters (the request finished). */
  done(): void;
}

/** The registry. */
export interface CancelRegistry {
  register(requestId: string): Registration;
  /** Cancels every running request with this id; false when none was running. */
  cancel(requestId: string): boolean;
  /** Cancels everything (shutdown). */
  cancelAll(): void;
}

/** Creates an empty registry. */
export function createCancelRegistry(): CancelRegistry {
  const running = new Map<string, Set<AbortController>>();
  return {
    register(requestId) {
      const controller = new AbortController();
      const set = running.get(requestId) ?? new Set<AbortController>();
      set.add(controller);
      running.set(requestId, set);
      return {
        signal: controller.signal,
        done() {
          set.delete(controller);
          if (set.size === 0 && running.get(requestId) === set) running.delete(requestId);
        },
      };
    },
    cancel(requestId) {
      const set = running.get(requestId);
      if (!set || set.size === 0) return false;
      for (const controller of set) controller.abort(new Error('cancelled'));
      return true;
    },
    cancelAll() {
      for (const set of running.values()) for (const controller of set) controller.abort(new Error('cancelled'));
    },
  };
}
