/**
 * The whole surface the renderer may use to reach its host. Every command is declared once, here;
 * both hosts implement {@link Handlers}, so a missing or mistyped handler fails to compile.
 */
import type { z } from 'zod';
import type { AppError } from '../errors';
import { appCommands, appEvents } from './app';
import type { CommandSpec, DomainHandlers, EventSpec } from './define';
export type { AbortSignalLike, CallContext } from './define';
import { collectionsCommands, collectionsEvents } from './collections';
import { postmanCommands } from './postman';
import { runnerCommands, runnerEvents } from './runner';
import { connectionsCommands, connectionsEvents } from './connections';
import { draftsCommands } from './drafts';
import { environmentsCommands, environmentsEvents } from './environments';
import { globalsCommands, globalsEvents } from './globals';
import { historyCommands, historyEvents } from './history';
import { httpCommands, httpEvents } from './http';
import { settingsCommands, settingsEvents } from './settings';
import { specReviewCommands } from './spec-review';
import { specsCommands, specsEvents } from './specs';
import { watchCommands, watchEvents } from './watch';
import { workspaceCommands } from './workspace';

/** Every command, by `domain.verb` name. */
export const commands = {
  ...appCommands,
  ...settingsCommands,
  ...connectionsCommands,
  ...environmentsCommands,
  ...httpCommands,
  ...historyCommands,
  ...specsCommands,
  ...draftsCommands,
  ...watchCommands,
  ...collectionsCommands,
  ...postmanCommands,
  ...runnerCommands,
  ...specReviewCommands,
  ...globalsCommands,
  ...workspaceCommands,
} satisfies Record<string, CommandSpec<z.ZodType, unknown>>;

/** Every event a host may push to the renderer. */
export const events = {
  ...appEvents,
  ...settingsEvents,
  ...connectionsEvents,
  ...environmentsEvents,
  ...httpEvents,
  ...historyEvents,
  ...specsEvents,
  ...watchEvents,
  ...collectionsEvents,
  ...runnerEvents,
  ...globalsEvents,
} satisfies Record<string, EventSpec<unknown>>;

/** The command table's type. */
export type Contract = typeof commands;
/** The name of a command. */
export type CommandName = keyof Contract;
/** The name of an event. */
export type EventName = keyof typeof events;

/** What the renderer passes to a command (before defaults are applied). */
export type InputOf<N extends CommandName> = z.input<Contract[N]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInputOf<N extends CommandName> = z.output<Contract[N]['input']>;
/** What a command resolves to. */
export type OutputOf<N extends CommandName> = Exclude<Contract[N]['output'], undefined>;
/** The payload of an event. */
export type PayloadOf<E extends EventName> = Exclude<(typeof events)[E]['payload'], undefined>;

/** The table of handlers each host must register: exhaustive by construction. */
export type Handlers = DomainHandlers<Contract>;

/** The names of every command, for bridges that must refuse anything else. */
export const commandNames = Object.keys(commands) as CommandName[];
/** The names of every event. */
export const eventNames = Object.keys(events) as EventName[];

/** True when `name` is a declared command. */
export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

/** True when `name` is a declared event. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

export type { AppError };
export type { AppInfo, HostCapabilities, HostKind } from './app';
export type { Settings, ThemeChoice } from './settings';
