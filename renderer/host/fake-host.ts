/**
 * An in-memory host for component and hook tests: answers the commands a test needs from plain
 * handlers, records every call, lets a test push events and count who listens. Never used by the app.
 */
import { act } from '@testing-library/react';
import type { CommandName, EventName, InputOf, OutputOf, PayloadOf } from '../../shared/contract/index';
import type { AppError } from '../../shared/errors';
import { HostError, type Host } from './host';

/** Handlers for the commands a test needs; a missing one rejects with `unsupported`. */
export type FakeHandlers = { [N in CommandName]?: (input: InputOf<N>) => OutputOf<N> | Promise<OutputOf<N>> };

/** A fake host, the calls it received, a way to push events, and how many listeners an event has. */
export function fakeHost(handlers: FakeHandlers) {
  const calls: Array<[CommandName, unknown]> = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const host: Host = {
    kind: 'web',
    async invoke<N extends CommandName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
      calls.push([name, input]);
      const handler = handlers[name] as ((input: InputOf<N>) => OutputOf<N> | Promise<OutputOf<N>>) | undefined;
      if (!handler) throw new HostError({ code: 'unsupported', message: `${name} is not faked here.` });
      return handler(input);
    },
    on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = <E extends EventName>(name: E, payload: PayloadOf<E>) => act(() => listeners.get(name)?.forEach((l) => l(payload)));
  const listenerCount = (name: EventName) => listeners.get(name)?.size ?? 0;
  return { host, calls, emit, listenerCount };
}

/** Rejects like a host does. */
export function hostError(error: AppError): never {
  throw new HostError(error);
}
