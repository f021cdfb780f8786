/**
 * How a command is declared: a runtime schema for its input (checked at the boundary of every host)
 * and a compile-time type for its output. The schema decides what may cross; the types keep both
 * hosts honest.
 */
import type { z } from 'zod';

/** The declaration of one command. `Out` exists only at compile time. */
export interface CommandSpec<In extends z.ZodType, Out> {
  /** Validates (and normalises) the input before any handler sees it. */
  readonly input: In;
  /** Phantom field carrying the output type; always `undefined` at run time. */
  readonly output?: Out;
}

/** Declares a command with its input schema; the output type is given as a type argument. */
export function command<Out>() {
  return <In extends z.ZodType>(input: In): CommandSpec<In, Out> => ({ input });
}

/** The declaration of one event that a host pushes to the renderer. */
export interface EventSpec<Payload> {
  /** Phantom field carrying the payload type. */
  readonly payload?: Payload;
}

/** Declares an event with its payload type. */
export function event<Payload>(): EventSpec<Payload> {
  return {};
}

/** The part of an AbortSignal that `shared/` may name (it sees neither DOM nor Node types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Per-call facts a host gives its handlers. */
export interface CallContext {
  /** Aborted when the caller goes away (window closed, HTTP client disconnected). Hosts pass a real AbortSignal. */
  signal: AbortSignalLike;
}

/** The handlers of one domain's commands: each takes the validated input and resolves to the declared output. */
export type DomainHandlers<Commands extends Record<string, CommandSpec<z.ZodType, unknown>>> = {
  [N in keyof Commands]: (
    input: z.output<Commands[N]['input']>,
    context: CallContext,
  ) => Promise<Exclude<Commands[N]['output'], undefined>>;
};
