/**
 * The collection runner (C5): sends the requests of a collection or folder one after the other,
 * through the same executor as a send from a tab (scope resolution, the connection's token with its
 * renewal, safe mode), each 2xx's captures feeding the requests after it. One run at a time per
 * collection is not enforced: runs are independent, each with its own scope.
 */
import { randomBytes } from 'node:crypto';
import type { Environment } from '../../../shared/contract/environments';
import type { PayloadOf } from '../../../shared/contract/index';
import type { RunPlan, RunPlanOptions, RunResult, RunStartOptions, RunStepResult } from '../../../shared/contract/runner';
import { ShorelineError, toAppError } from '../../../shared/errors';
import { sendFieldsOf } from '../../../shared/model/request-send';
import type { CollectionsService } from '../collections/collections-service';
import type { HttpService } from '../http/http-service';
import { sleep } from '../http/abort-scope';
import { sendRequestSchema } from '../../../shared/contract/http';
import { buildPlan, type PlannedStep } from './run-plan';
import { createRunScope, shownCaptures, type RunScope, type RunScopeDependencies } from './run-scope';

/** What the runner needs. */
export interface RunnerServiceDependencies {
  collections: CollectionsService;
  environments: () => readonly Environment[];
  activeEnvironmentId: () => string | undefined;
  connectionExists: (id: string) => boolean;
  /** An HTTP executor over a run's scope: the app's send path, without history (a run is not a hand-made send). */
  createHttp: (scope: RunScope) => HttpService;
  /** Saves a capture where a send from a tab would; absent: captures live for the run only. */
  persist?: RunScopeDependencies['persist'];
  emit?: <E extends 'runner.progress' | 'runner.finished'>(name: E, payload: PayloadOf<E>) => void;
  now?: () => number;
  /** Waits `ms` (tests pass a fake); resolves early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The runner. */
export interface RunnerService {
  plan(options: RunPlanOptions): RunPlan;
  /** The connections and environments the run's requests resolve to (the command line starts the Sandbox for its own). */
  scopeIds(options: RunPlanOptions): { connectionIds: string[]; environmentIds: string[] };
  /** Starts a run; `done(runId)` resolves with its result. */
  start(options: RunStartOptions): { runId: string; plan: RunPlan };
  /** Resolves when the run has finished. */
  done(runId: string): Promise<RunResult>;
  stop(runId: string): void;
  result(runId: string): RunResult;
  /** Stops every run. */
  dispose(): Promise<void>;
}

/** The delay between requests; Stop ends it early, and the run loop then sees the abort itself. */
const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  ms <= 0 ? Promise.resolve() : sleep(ms, signal).catch(() => undefined);

/** The words for a step the run does not send. */
const skipWords = { handled: 'Handled by the connection: Shoreline gets the token itself.', trace: 'Shoreline never sends TRACE requests.' } as const;

interface Run {
  result: RunResult;
  controller: AbortController;
  finished: Promise<RunResult>;
  http?: HttpService;
}

const keptRuns = 20;

/** Creates the runner. */
export function createRunnerService(deps: RunnerServiceDependencies): RunnerService {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const runs = new Map<string, Run>();

  const scopeFor = (options: RunPlanOptions) =>
    createRunScope(
      {
        collection: () => deps.collections.get(options.collectionId),
        environments: deps.environments,
        activeEnvironmentId: deps.activeEnvironmentId,
        globals: () => deps.collections.globals(),
        connectionExists: deps.connectionExists,
        ...(deps.persist && { persist: deps.persist }),
      },
      { environmentId: options.environmentId, connectionId: options.connectionId, variables: options.variables },
    );

  const check = (options: RunPlanOptions) => {
    const environments = deps.environments();
    if (options.environmentId !== undefined && !environments.some((e) => e.id === options.environmentId)) {
      throw new ShorelineError('not_found', 'That environment no longer exists. Choose another one.');
    }
    if (options.connectionId !== undefined && !deps.connectionExists(options.connectionId)) {
      throw new ShorelineError('not_found', 'That connection no longer exists. Choose another one.');
    }
    return environments;
  };

  const planWith = (options: RunPlanOptions, scope: RunScope) => buildPlan(deps.collections.get(options.collectionId), options.itemId, scope, check(options));

  async function execute(run: Run, options: RunStartOptions, planned: PlannedStep[], scope: RunScope): Promise<RunResult> {
    const { result, controller } = run;
    // Progress only after `runner.start` has answered, so the caller knows the run id first.
    await new Promise((resolve) => setImmediate(resolve));
    const http = deps.createHttp(scope);
    run.http = http;
    const confirmed = new Set(options.confirmedUnsafe);
    const unsafe = new Set(planWith(options, scope).unsafe.map((u) => u.itemId));
    const started = now();
    const update = (index: number, step: RunStepResult) => {
      result.steps[index] = step;
      deps.emit?.('runner.progress', { runId: result.runId, index, total: result.steps.length, step });
    };
    let sentOne = false;
    try {
      for (const [index, step] of planned.entries()) {
        if (controller.signal.aborted) break;
        const base = result.steps[index]!;
        if (step.skip) {
          update(index, { ...base, state: 'skipped', reason: skipWords[step.skip] });
          continue;
        }
        if (unsafe.has(step.itemId) && !confirmed.has(step.itemId)) {
          update(index, { ...base, state: 'skipped', reason: `Not sent: a ${step.method} request can change real data, and it was not confirmed for this run.` });
          continue;
        }
        if (sentOne && options.delayMs > 0) {
          await sleep(options.delayMs, controller.signal);
          if (controller.signal.aborted) break;
        }
        sentOne = true;
        const outcome = await sendStep(http, result.runId, index, step, unsafe.has(step.itemId), controller.signal, options.collectionId);
        update(index, { ...base, ...outcome });
        if (options.stopOnFailure && (outcome.state === 'failed' || outcome.state === 'error')) {
          result.bailed = true;
          break;
        }
      }
    } finally {
      await http.dispose().catch(() => undefined);
    }
    for (const [index, step] of result.steps.entries()) {
      if (step.state === 'pending') result.steps[index] = { ...step, reason: controller.signal.aborted ? 'Not run: the run was stopped.' : 'Not run: the run stopped at the first failure.' };
    }
    const count = (state: RunStepResult['state']) => result.steps.filter((s) => s.state === state).length;
    result.totals = { requests: result.steps.length, passed: count('passed'), failed: count('failed'), errors: count('error'), skipped: count('skipped'), notRun: count('pending') };
    result.finishedAt = new Date(now()).toISOString();
    result.durationMs = Math.max(0, now() - started);
    result.outcome = controller.signal.aborted ? 'stopped' : result.totals.failed + result.totals.errors > 0 ? 'failed' : 'passed';
    deps.emit?.('runner.finished', result);
    return result;
  }

  return {
    plan(options) {
      const { planned: _planned, ...plan } = planWith(options, scopeFor(options));
      return plan;
    },

    scopeIds(options) {
      const scope = scopeFor(options);
      const { planned } = planWith(options, scope);
      const connectionIds = new Set<string>();
      const environmentIds = new Set<string>();
      for (const step of planned) {
        const resolved = scope.resolveItem(step.itemId);
        if (resolved.auth.kind === 'connection') connectionIds.add(resolved.auth.connectionId);
        if (resolved.environment) environmentIds.add(resolved.environment.id);
      }
      return { connectionIds: [...connectionIds], environmentIds: [...environmentIds] };
    },

    start(options) {
      const scope = scopeFor(options);
      const { planned, ...plan } = planWith(options, scope);
      const runId = `run-${randomBytes(6).toString('hex')}`;
      const result: RunResult = {
        runId,
        collectionId: plan.collectionId,
        collectionName: plan.collectionName,
        ...(plan.itemId !== undefined && { itemId: plan.itemId }),
        title: plan.title,
        startedAt: new Date(now()).toISOString(),
        durationMs: 0,
        outcome: 'running',
        bailed: false,
        totals: { requests: planned.length, passed: 0, failed: 0, errors: 0, skipped: 0, notRun: planned.length },
        steps: planned.map((s) => ({ itemId: s.itemId, name: s.name, path: s.path, method: s.method, url: s.url, state: 'pending', captured: [] })),
      };
      const run: Run = { result, controller: new AbortController(), finished: Promise.resolve(result) };
      run.finished = execute(run, options, planned, scope).catch((error: unknown) => {
        result.outcome = 'failed';
        result.finishedAt = new Date(now()).toISOString();
        for (const [index, step] of result.steps.entries()) if (step.state === 'pending') result.steps[index] = { ...step, state: 'error', reason: toAppError(error).message };
        deps.emit?.('runner.finished', result);
        return result;
      });
      runs.set(runId, run);
      // Only the last few results are kept: a run's steps can be thousands.
      for (const [id, old] of runs) if (runs.size > keptRuns && old.result.outcome !== 'running') runs.delete(id);
      return { runId, plan };
    },

    done(runId) {
      return find(runId).finished;
    },

    stop(runId) {
      const run = find(runId);
      if (run.result.outcome !== 'running') return;
      run.controller.abort();
      for (const [index] of run.result.steps.entries()) run.http?.cancel(`${runId}-${index}`);
    },

    result: (runId) => find(runId).result,

    async dispose() {
      for (const run of runs.values()) run.controller.abort();
      await Promise.all([...runs.values()].map((run) => run.finished));
    },
  };

  function find(runId: string): Run {
    const run = runs.get(runId);
    if (!run) throw new ShorelineError('not_found', 'That run is no longer known (runs are kept until Shoreline quits, the last 20).');
    return run;
  }
}

/** Sends one step and says how it went. */
async function sendStep(http: HttpService, runId: string, index: number, step: PlannedStep, confirmed: boolean, signal: AbortSignal, collectionId: string): Promise<Partial<RunStepResult>> {
  const request = step.item.request;
  const fields = sendFieldsOf(request);
  const parsed = sendRequestSchema.safeParse({
    requestId: `${runId}-${index}`,
    method: fields.method,
    url: fields.url,
    headers: fields.headers,
    ...(fields.body !== undefined && { body: fields.body }),
    confirmed,
    scope: { collectionId, itemId: step.itemId },
    variables: request.variables,
    captures: request.captures,
  });
  if (!parsed.success) return { state: 'error', reason: `This request cannot be sent: ${parsed.error.issues[0]?.message ?? 'it is not complete'}.` };
  try {
    const response = await http.send(parsed.data, signal);
    const ok = response.status >= 200 && response.status < 400;
    return {
      state: ok ? 'passed' : 'failed',
      url: response.sent.url,
      status: response.status,
      statusText: response.statusText,
      timeMs: Math.round(response.timing.totalMs),
      size: response.size,
      ...(!ok && { reason: `The answer was ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${response.advice ? `: ${response.advice.title}` : ''}.` }),
      captured: shownCaptures(response.captured),
    };
  } catch (error) {
    const appError = toAppError(error);
    return { state: appError.code === 'cancelled' ? 'pending' : 'error', reason: appError.message };
  }
}
