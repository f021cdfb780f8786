/**
 * Commands about environments: named sets of `{{variables}}` (at least `baseUrl`) linked to a
 * connection. Whether an environment is the Sandbox is decided by the app, never by renderer input,
 * because safe mode trusts that flag.
 */
import { z } from 'zod';
import { isValidVariableName } from '../model/variables';
import { command, event } from './define';

/** Where an environment came from: a product preset, a spec's `servers`, or the user. */
export const environmentKindSchema = z.enum(['dscc', 'com', 'greenlake', 'spec', 'custom']);
/** An environment kind. */
export type EnvironmentKind = z.infer<typeof environmentKindSchema>;

/** Stored variables: only text values are kept (a hand-edited number is dropped, not fatal). */
const storedVariablesSchema = z
  .record(z.string(), z.unknown())
  .catch({})
  .transform((vars) => Object.fromEntries(Object.entries(vars).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));

/** A saved environment, as stored and as the renderer sees it. Fields an older file may lack get Shoreline 0.1's defaults. */
export const environmentSchema = z.object({
  id: z.string().min(1).max(256),
  name: z.string().min(1).max(200),
  kind: environmentKindSchema.catch('custom'),
  /** The built-in preset it was created from (see `environmentPresets`). */
  presetId: z.string().min(1).max(100).optional().catch(undefined),
  /** `{{name}}` values; `baseUrl` is the one every request starts with. */
  variables: storedVariablesSchema,
  /** The connection whose token requests in this environment carry. */
  connectionId: z.string().min(1).max(256).optional().catch(undefined),
  /** When true, only GET/HEAD/OPTIONS may be sent (safe mode). */
  readOnly: z.boolean().catch(false),
  /** The built-in Sandbox: the one place safe mode does not ask before changing data. Set by the app only. */
  isSandbox: z.boolean().catch(false),
  /** Built into the app: cannot be deleted. */
  builtIn: z.boolean().catch(false),
  /** ISO 8601. */
  createdAt: z.string().max(64).catch(new Date(0).toISOString()),
});

/** A saved environment. */
export type Environment = z.infer<typeof environmentSchema>;

/** Payload of `environments.changed`. */
export interface EnvironmentsState {
  environments: Environment[];
  activeId: string | null;
}

const idSchema = z.string().min(1).max(100);
const nameSchema = z.string().trim().min(1, 'Give the environment a name.').max(100);

/** A variables map: valid names, values up to 8,000 characters, at most 200 entries. */
export const variablesSchema = z
  .record(
    z.string().refine(isValidVariableName, 'A variable name starts with a letter or _ and has only letters, digits, _, . or -.'),
    z.string().max(8000),
  )
  .refine((vars) => Object.keys(vars).length <= 200, 'An environment holds at most 200 variables.');

/** The environments domain of the contract. */
export const environmentsCommands = {
  /** Every environment, in the order they were created. */
  'environments.list': command<Environment[]>()(z.object({}).strict()),
  /**
   * Creates an environment, from a preset (`presetId`) or blank. Given `variables` are merged over
   * the preset's `baseUrl`.
   */
  'environments.create': command<Environment>()(
    z
      .object({
        presetId: z.string().max(100).optional(),
        name: nameSchema.optional(),
        kind: z.enum(['spec', 'custom']).optional(),
        variables: variablesSchema.optional(),
        connectionId: idSchema.optional(),
        readOnly: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Renames, replaces the variables, links or unlinks (`connectionId: null`) a connection, or sets read-only. */
  'environments.update': command<Environment>()(
    z
      .object({
        id: idSchema,
        name: nameSchema.optional(),
        variables: variablesSchema.optional(),
        connectionId: idSchema.nullable().optional(),
        readOnly: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Copies an environment (never as a built-in or Sandbox one). */
  'environments.duplicate': command<Environment>()(z.object({ id: idSchema, name: nameSchema.optional() }).strict()),
  /** Deletes an environment; if it was active, none is active afterwards. */
  'environments.delete': command<void>()(z.object({ id: idSchema }).strict()),
  /** Makes an environment the active one (null: none); remembered across restarts. */
  'environments.setActive': command<Environment | null>()(z.object({ id: idSchema.nullable() }).strict()),
  /** The active environment, or null. */
  'environments.getActive': command<Environment | null>()(z.object({}).strict()),
};

/** Events of the environments domain. */
export const environmentsEvents = {
  /** An environment was added, changed or removed, or another one became active. */
  'environments.changed': event<EnvironmentsState>(),
};

/** How services announce environments events (the host's event bus fits). */
export type EnvironmentsEmit = (name: 'environments.changed', payload: EnvironmentsState) => void;
