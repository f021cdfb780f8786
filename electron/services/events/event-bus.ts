/** A typed in-process event bus: services emit contract events, each host forwards them to its renderers. */
import type { EventName, PayloadOf } from '../../../shared/contract/index';

/** Listener for any contract event. */
export type AnyEventListener = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

/** Emits contract events to whoever subscribed (Electron windows, web-host event streams). */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  subscribe(listener: AnyEventListener): () => void;
}

/** Creates an {@link EventBus}. A throwing listener never stops the others. */
export function createEventBus(): EventBus {
  const listeners = new Set<AnyEventListener>();
  return {
    emit(name, payload) {
      for (const listener of listeners) {
        try {
          listener(name, payload);
        } catch {
          // a broken subscriber (a closed window) must not break the emitter
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
