/**
 * The one file where the Run panel meets the contract: plan, start, stop, the progress and finished
 * events, and the JSON and JUnit files (written by the same pure functions as the command line's).
 */
import { useMemo } from 'react';
import type { RunPlan, RunProgress, RunResult, RunStartInput } from '../../../shared/contract/runner';
import { runResultJson, runResultJunit } from '../../../shared/runner/run-report';
import { useHost } from '../../host/host-context';

export type { RunPlan, RunProgress, RunResult, RunStartInput };

/** What the Run panel asks of the host. */
export interface RunnerActions {
  plan(input: { collectionId: string; itemId?: string; environmentId?: string }): Promise<RunPlan>;
  start(input: RunStartInput): Promise<{ runId: string; plan: RunPlan }>;
  stop(runId: string): Promise<void>;
  /** Listens to every run's progress and end; returns the unsubscribe function. */
  listen(onProgress: (progress: RunProgress) => void, onFinished: (result: RunResult) => void): () => void;
}

/** The result files, as the command line writes them. */
export const resultFiles = {
  json: (result: RunResult) => ({ text: runResultJson(result), type: 'application/json' }),
  junit: (result: RunResult) => ({ text: runResultJunit(result), type: 'application/xml' }),
};

/** The actions, bound to the window's host. */
export function useRunnerActions(): RunnerActions {
  const host = useHost();
  return useMemo(
    () => ({
      plan: (input) => host.invoke('runner.plan', { ...input, variables: [] }),
      start: (input) => host.invoke('runner.start', input),
      stop: (runId) => host.invoke('runner.stop', { runId }),
      listen: (onProgress, onFinished) => {
        const offProgress = host.on('runner.progress', onProgress);
        const offFinished = host.on('runner.finished', onFinished);
        return () => {
          offProgress();
          offFinished();
        };
      },
    }),
    [host],
  );
}
