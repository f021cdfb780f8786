/**
 * Commands and events of the collection runner (C5): send the requests of a collection or folder in
 * order, through the same path as a send from a tab (scope resolution, the connection's token,
 * captures after each 2xx feeding the requests after it). Safe mode applies: POST, PUT, PATCH and
 * DELETE outside the Sandbox go out only when listed in `confirmedUnsafe` (the window asks once).
 */
import { z } from 'zod';
import { collectionIdSchema } from '../model/collection';
import { requestRowSchema, type HttpMethod } from '../model/request';
import { command, event } from './define';

/** What to run: a whole collection, or one folder in it (`itemId`). */
const targetFields = {
  collectionId: collectionIdSchema,
  /** A folder (or a single request) of the collection; the whole collection when absent. */
  itemId: collectionIdSchema.optional(),
};

/** What overrides the scope of every request in the run. */
const overrideFields = {
  /** The environment for every request, instead of what each one's folders and collection choose. */
  environmentId: z.string().min(1).max(256).optional(),
  /** The connection for every request, overriding each one's auth (`shoreline run --connection`). */
  connectionId: z.string().min(1).max(256).optional(),
  /** Variables that win over every other scope (`shoreline run --var KEY=VALUE`). */
  variables: z.array(requestRowSchema).max(1000).default([]),
};

/** Input of `runner.plan`. */
export const runPlanSchema = z.object({ ...targetFields, ...overrideFields }).strict();

/** Input of `runner.start`. */
export const runStartSchema = z
  .object({
    ...targetFields,
    ...overrideFields,
    /** Milliseconds to wait between two requests. */
    delayMs: z.number().int().min(0, 'The delay cannot be negative.').max(600_000, 'The delay is at most 10 minutes.').default(0),
    /** Stop at the first request that does not get a 2xx/3xx answer. */
    stopOnFailure: z.boolean().default(false),
    /** Item ids of the unsafe requests (see `RunPlan.unsafe`) the user agreed to send. Others are skipped. */
    confirmedUnsafe: z.array(collectionIdSchema).max(10_000).default([]),
  })
  .strict();

/** Input of `runner.start` as a caller writes it. */
export type RunStartInput = z.input<typeof runStartSchema>;
/** Input of `runner.start` after validation. */
export type RunStartOptions = z.output<typeof runStartSchema>;
/** Input of `runner.plan` after validation. */
export type RunPlanOptions = z.output<typeof runPlanSchema>;

/** One request of a run, in the order it is sent. */
export interface RunPlanStep {
  itemId: string;
  name: string;
  /** Names of the folders above it inside the run's collection, outermost first. */
  path: string[];
  method: HttpMethod;
  /** The address as saved (`{{baseUrl}}/devices`), variables not filled in. */
  url: string;
  /**
   * Set when the run will not send it: `handled` (a token request the connection now does),
   * `trace` (TRACE is never sent).
   */
  skip?: 'handled' | 'trace';
}

/** What a run will do, before it starts. */
export interface RunPlan {
  collectionId: string;
  collectionName: string;
  /** The folder or request run, when not the whole collection. */
  itemId?: string;
  /** "Collection › Folder", for titles and reports. */
  title: string;
  steps: RunPlanStep[];
  /** POST/PUT/PATCH/DELETE requests that go outside the Sandbox: safe mode sends them only when confirmed. */
  unsafe: { itemId: string; name: string; method: HttpMethod; url: string; environmentName?: string }[];
}

/** What one capture saved after a 2xx, or why it saved nothing. Values of secret-like names are masked. */
export interface RunCaptured {
  variable: string;
  /** The value saved (`••••••` for a token or secret); absent when nothing was saved. */
  value?: string;
  problem?: string;
}

/**
 * How one request of a run went: `passed` (2xx/3xx), `failed` (any other status), `error` (no answer:
 * network, token, a missing variable), `skipped` (not sent; `reason` says why), `pending` (not reached).
 */
export type RunStepState = 'pending' | 'passed' | 'failed' | 'error' | 'skipped';

/** One request's result. */
export interface RunStepResult {
  itemId: string;
  name: string;
  path: string[];
  method: HttpMethod;
  /** The address actually sent (variables filled in), or the saved one when nothing was sent. */
  url: string;
  state: RunStepState;
  status?: number;
  statusText?: string;
  /** Milliseconds from sending to the last byte. */
  timeMs?: number;
  /** Body size in bytes. */
  size?: number;
  /** Why it failed, errored or was skipped, in words. */
  reason?: string;
  captured: RunCaptured[];
}

/** How a whole run ended (`running` until it does). */
export type RunOutcome = 'running' | 'passed' | 'failed' | 'stopped';

/** A finished run: what `runner.finished` carries and what the JSON and JUnit reports hold. */
export interface RunResult {
  runId: string;
  collectionId: string;
  collectionName: string;
  itemId?: string;
  title: string;
  /** ISO 8601. */
  startedAt: string;
  /** Absent while running. */
  finishedAt?: string;
  durationMs: number;
  /** `passed`: every request sent got a 2xx/3xx; `failed`: one did not (or could not be sent); `stopped`: by the user. */
  outcome: RunOutcome;
  /** True when stop-on-failure ended it early. */
  bailed: boolean;
  totals: { requests: number; passed: number; failed: number; errors: number; skipped: number; notRun: number };
  steps: RunStepResult[];
}

/** Progress of a run: sent after each request changes state. */
export interface RunProgress {
  runId: string;
  /** Index of the step in `steps` that changed. */
  index: number;
  total: number;
  step: RunStepResult;
}

/** The runner's part of the contract. */
export const runnerCommands = {
  /** What running the collection or folder would send, in order, with the unsafe requests to confirm. */
  'runner.plan': command<RunPlan>()(runPlanSchema),
  /** Starts a run and answers at once; `runner.progress` and `runner.finished` follow. */
  'runner.start': command<{ runId: string; plan: RunPlan }>()(runStartSchema),
  /** Stops a run after the request in flight (which is cancelled). */
  'runner.stop': command<void>()(z.object({ runId: z.string().min(1).max(64) }).strict()),
  /** The result of a run started in this session (running or finished). */
  'runner.result': command<RunResult>()(z.object({ runId: z.string().min(1).max(64) }).strict()),
};

/** Events of the runner. */
export const runnerEvents = {
  /** One request of a run started, passed, failed or was skipped. */
  'runner.progress': event<RunProgress>(),
  /** A run finished (every request done, stopped on failure, or stopped by the user). */
  'runner.finished': event<RunResult>(),
};
