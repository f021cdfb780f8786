/** Commands of the global variables: the last place a `{{name}}` is looked up, after collection variables. */
import { z } from 'zod';
import { maxRows, requestRowSchema, type RequestRow } from '../model/request';
import { command, event } from './define';

/** The globals domain of the contract. */
export const globalsCommands = {
  /** The global variables, as rows. */
  'globals.get': command<RequestRow[]>()(z.object({}).strict()),
  /** Replaces the global variables. */
  'globals.update': command<void>()(z.object({ variables: z.array(requestRowSchema).max(maxRows) }).strict()),
};

/** Events of the globals domain. */
export const globalsEvents = {
  /** The global variables changed (here, by a capture, or by another process). */
  'globals.changed': event<{ variables: RequestRow[] }>(),
};
