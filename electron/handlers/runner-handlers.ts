/** Handlers of the `runner.*` commands. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { runnerCommands } from '../../shared/contract/runner';
import { ShorelineError } from '../../shared/errors';

const notYet = () => Promise.reject(new ShorelineError('unsupported', 'The collection runner is not in this build yet.'));

/** The `runner.*` part of the handler table. */
export function runnerHandlers(): DomainHandlers<typeof runnerCommands> {
  return { 'runner.plan': notYet, 'runner.start': notYet, 'runner.stop': notYet, 'runner.result': notYet };
}
