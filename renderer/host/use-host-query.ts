/**
 * The one way the UI shows something the host knows and keeps it fresh: ask a command, then ask again
 * (or take the new answer straight from the event) whenever an event says it changed. An answer to an
 * older question never overwrites a newer one, and nothing is listened to after unmount.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { CommandName, EventName, InputOf, OutputOf, PayloadOf } from '../../shared/contract/index';
import type { AppError } from '../../shared/errors';
import { appErrorOf } from './app-error';
import type { Host } from './host';
import { useHost } from './host-context';

/** A new answer an event carries, with the error that came with it (a failed token renewal, say). */
export interface Pushed<T> {
  data: T;
  error?: AppError;
}

/** What one event means for a query: ask again, take the answer it carries, or nothing (another item's event). */
export type EventReaction<T, E extends EventName> = 'refetch' | ((payload: PayloadOf<E>) => Pushed<T> | 'refetch' | 'ignore');

/** How a query reacts to each event it listens to. */
export type EventReactions<T> = { [E in EventName]?: EventReaction<T, E> };

/** Options of {@link useHostQuery}. */
export interface HostQueryOptions<T> {
  /** The events after which the answer is stale: a list (each one asks again) or a reaction per event. */
  refreshOn?: readonly EventName[] | EventReactions<T>;
  /** While a new input's answer is on its way, keep showing the previous answer (marked loading) instead of nothing. */
  keepPrevious?: boolean;
}

/** A change made in the UI: a new answer, a new error, or both (what is left out stays). */
export interface QueryPatch<T> {
  data?: T;
  error?: AppError | undefined;
}

/** What {@link useHostQuery} gives. */
export interface HostQuery<T> {
  /** The latest answer; undefined until the first one arrives (and while there is no input). */
  data: T | undefined;
  /** Why the latest attempt failed; cleared by the next answer. */
  error: AppError | undefined;
  /** True until the current input has its first answer or error. */
  loading: boolean;
  /** Asks again; resolves once the answer (or the error) is in place or a newer one superseded it. */
  refresh(): Promise<void>;
  /** Sets the answer and/or error from the UI (an optimistic edit, another command's result); wins over answers still on their way. */
  put(patch: QueryPatch<T> | ((current: T | undefined) => QueryPatch<T>)): void;
}

interface Held<T> {
  /** The input this state belongs to, as JSON; null when there is no input. */
  key: string | null;
  data?: T;
  error?: AppError;
  answered: boolean;
}

/**
 * Questions asked in the current task, per host, by command and input. Every view showing the same
 * answer asks again on the same event, in the same task: they share one request (after an import,
 * the explorer and the welcome page asked for the whole spec tree twice). A question asked in a
 * later task is asked anew, so it can never get an answer from before a change it reacted to.
 */
const askedThisTask = new WeakMap<object, Map<string, Promise<unknown>>>();

function askShared<N extends CommandName>(host: Host, command: N, key: string): Promise<OutputOf<N>> {
  let asked = askedThisTask.get(host);
  if (!asked) askedThisTask.set(host, (asked = new Map()));
  const id = `${command} ${key}`;
  let answer = asked.get(id);
  if (!answer) {
    answer = host.invoke(command, JSON.parse(key) as InputOf<N>);
    asked.set(id, answer);
    const table = asked;
    queueMicrotask(() => table.delete(id));
  }
  return answer as Promise<OutputOf<N>>;
}

function reactionsOf<T>(refreshOn: HostQueryOptions<T>['refreshOn']): EventReactions<T> {
  if (!refreshOn) return {};
  if (!Array.isArray(refreshOn)) return refreshOn as EventReactions<T>;
  return Object.fromEntries(refreshOn.map((name) => [name, 'refetch'])) as EventReactions<T>;
}

function applyPatch<T>(held: Held<T>, patch: QueryPatch<T>): Held<T> {
  return { ...held, ...('data' in patch && { data: patch.data }), ...('error' in patch && { error: patch.error }), answered: true };
}

/**
 * The answer of `command` for `input` (null: do not ask yet, e.g. no connection chosen), kept fresh by
 * the events in `options.refreshOn`. The input is compared by value, so an inline object is fine.
 */
export function useHostQuery<N extends CommandName>(command: N, input: InputOf<N> | null, options: HostQueryOptions<OutputOf<N>> = {}): HostQuery<OutputOf<N>> {
  type T = OutputOf<N>;
  const host = useHost();
  const key = input === null ? null : JSON.stringify(input);
  const keepPrevious = options.keepPrevious ?? false;
  const reactions = reactionsOf(options.refreshOn);
  const eventNames = (Object.keys(reactions) as EventName[]).sort().join(' ');
  // An answer already here (the first screen's, asked early) is drawn at once and not asked again.
  const [held, setHeld] = useState<Held<T>>(() => {
    const early = key === null ? undefined : host.peek?.(command, JSON.parse(key) as InputOf<N>);
    return early ? { key, data: early.value, answered: true } : { key, answered: false };
  });
  const seededKey = useRef(held.answered ? key : null);
  // Every question and every pushed answer takes a ticket; only the newest ticket may write.
  const newest = useRef(0);

  const ask = useCallback(
    async (forKey: string) => {
      const ticket = ++newest.current;
      const write = (next: (h: Held<T>) => Held<T>) => {
        if (ticket === newest.current) setHeld((h) => (h.key === forKey ? next(h) : h));
      };
      try {
        const data = await askShared(host, command, forKey);
        write(() => ({ key: forKey, data, answered: true }));
      } catch (thrown) {
        write((h) => ({ ...h, error: appErrorOf(thrown), answered: true }));
      }
    },
    [host, command],
  );

  const onEvent = useEffectEvent((name: EventName, payload: unknown, forKey: string) => {
    const reaction = reactions[name] as EventReaction<T, EventName> | undefined;
    const outcome = typeof reaction === 'function' ? reaction(payload as never) : reaction;
    if (outcome === 'refetch') void ask(forKey);
    else if (outcome && outcome !== 'ignore') {
      newest.current++;
      setHeld((h) => (h.key === forKey ? { key: forKey, data: outcome.data, error: outcome.error, answered: true } : h));
    }
  });

  useEffect(() => {
    setHeld((h) => (h.key === key ? h : keepPrevious && key !== null ? { ...h, key, answered: false } : { key, answered: false }));
    if (key === null) return;
    if (seededKey.current === key) seededKey.current = null;
    else void ask(key);
    const stops = eventNames
      .split(' ')
      .filter(Boolean)
      .map((name) => host.on(name as EventName, (payload) => onEvent(name as EventName, payload, key)));
    // A new run asks again (taking a newer ticket), so answers from before it can no longer write.
    return () => {
      for (const stop of stops) stop();
    };
  }, [host, key, keepPrevious, eventNames, ask]);

  const refresh = useCallback(() => (key === null ? Promise.resolve() : ask(key)), [ask, key]);
  const put = useCallback(
    (patch: QueryPatch<T> | ((current: T | undefined) => QueryPatch<T>)) => {
      if (key === null) return;
      newest.current++;
      setHeld((h) => (h.key === key ? applyPatch(h, typeof patch === 'function' ? patch(h.data) : patch) : h));
    },
    [key],
  );

  // Until the effect catches up with a new input, show what that input will start from.
  const current: Held<T> = held.key === key ? held : keepPrevious && key !== null ? { ...held, key, answered: false } : { key, answered: false };
  return { data: current.data, error: current.error, loading: key !== null && !current.answered, refresh, put };
}
