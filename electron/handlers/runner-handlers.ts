/** Handlers of the `runner.*` commands: thin, the service does the work. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { runnerCommands } from '../../shared/contract/runner';
import type { RunnerService } from '../services/runner/runner-service';

/** The `runner.*` part of the handler table. */
export function runnerHandlers({ runner }: { runner: RunnerService }): DomainHandlers<typeof runnerCommands> {
  return {
    'runner.plan': async (input) => runner.plan(input),
    'runner.start': async (input) => runner.start(input),
    'runner.stop': async ({ runId }) => runner.stop(runId),
    'runner.result': async ({ runId }) => runner.result(runId),
  };
}
