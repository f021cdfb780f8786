/**
 * Compile-time proof that the zod-free name lists are the contract's names, no more and no fewer:
 * add a command to the contract without listing it (or list one that does not exist) and
 * `npm run typecheck` fails here.
 */
import type { CommandName, EventName } from './index';
import type { ListedCommandName, ListedEventName } from './names';

/** `true` only when `A` and `B` are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Fails to compile when the command list and the contract differ. */
export const commandListMatchesContract: Same<ListedCommandName, CommandName> = true;
/** Fails to compile when the event list and the contract differ. */
export const eventListMatchesContract: Same<ListedEventName, EventName> = true;
