/**
 * Watch (C6): several watches at once, each repeating a GET or HEAD and telling only what is new.
 * Requests go through the HTTP service (so tokens renew silently and are retried once on a 401);
 * watches are kept in the `watches` document and resume after a restart, with their unseen count
 * ("12 new since you last looked"); a jump of the wall clock against the monotonic one (the computer
 * slept) makes every waiting watch check at once. Plain Node, with its clocks and timers as ports.
 */
import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '../../../shared/contract/index';
import type { WatchInfo, WatchItem, WatchStartInput } from '../../../shared/contract/watch';
import { ShorelineError } from '../../../shared/errors';
import { getQueryParam, setQueryParams, splitUrl } from '../../../shared/http/query';
import type { OperationDetail } from '../../../shared/openapi/types';
import { defaultBackoff, type BackoffPolicy } from '../../../shared/watch/backoff';
import { cursorCandidates, itemDateFields } from '../../../shared/watch/time-cursor';
import { defaultTickLimits, type TickLimits, type WatchPlan } from '../../../shared/watch/watch-tick';
import { inDuration } from '../../../shared/watch/watch-words';
import type { HistoryRecorder } from '../history/history-draft';
import type { DocumentStore } from '../store/document-store';
import type { WatchHttp } from './watch-fetcher';
import { historyDraftOf } from './watch-history';
import { watchInfo } from './watch-info';
import { createJumpDetector, systemClock, systemTimers, type TimerHandle, type WatchClock, type WatchTimers } from './watch-ports';
import type { WatchRecord } from './watch-record';
import { WatchRunner, type RunnerDeps } from './watch-runner';
import { createWatchStore } from './watch-store';

/** Pushes the watch domain's events. */
export type WatchEmit = <E extends 'watch.changed' | 'watch.newItems'>(name: E, payload: PayloadOf<E>) => void;

/** What the watch service needs; everything but `stores` and `http` has a default. */
export interface WatchServiceDeps {
  stores: DocumentStore;
  /** Sends each page (an `HttpService` without history, so that polls do not flood it). */
  http: WatchHttp;
  emit?: WatchEmit;
  /** Where a check that found something is recorded. */
  history?: HistoryRecorder;
  /** The spec operation a request came from (`specs.operation`), to read how its list filters by time. */
  operation?: (specId: string, operationId: string) => Promise<OperationDetail>;
  /** An environment's name, for history. */
  environmentName?: (id: string) => string | undefined;
  clock?: WatchClock;
  timers?: WatchTimers;
  /** The shortest interval accepted (5 s; tests go lower). */
  minIntervalSeconds?: number;
  backoff?: Partial<BackoffPolicy>;
  /** How often the clocks are compared (10 s), and the difference that counts as a jump (15 s). */
  heartbeatMs?: number;
  jumpThresholdMs?: number;
  limits?: Partial<TickLimits>;
  /** Found items kept per watch to show (100, and 2 MB of JSON). */
  recentCap?: number;
  recentMaxBytes?: number;
  newId?: () => string;
}

/** What tests that watch in real time may shorten. */
export type WatchTuning = Pick<WatchServiceDeps, 'minIntervalSeconds' | 'backoff' | 'heartbeatMs' | 'jumpThresholdMs'>;

/** Options of {@link WatchService.start} that only main-process callers (the command line) use. */
export interface StartOptions {
  /** False: the watch is not written to disk and does not come back after a restart. */
  keep?: boolean;
}

/** The watch service's public face (the `watch.*` commands, plus what hosts and the command line need). */
export interface WatchService {
  /** Starts a watch; its first check runs at once and only learns what exists. */
  start(input: WatchStartInput, options?: StartOptions): Promise<WatchInfo>;
  update(input: { id: string; name?: string; intervalSeconds?: number; notify?: boolean }): WatchInfo;
  stop(id: string): WatchInfo;
  resume(id: string): WatchInfo;
  remove(id: string): void;
  list(): WatchInfo[];
  get(id: string): WatchInfo;
  markSeen(id: string): WatchInfo;
  items(id: string, limit?: number): { items: WatchItem[]; unseen: number; found: number };
  /** Starts the watches an earlier run kept running; call once their environments are ready (after the Sandbox started). */
  resumeSaved(): void;
  /** Stops every timer and check, and writes the watches (running ones resume at the next start). */
  dispose(): Promise<void>;
  /** Problems met reading the kept watches, in words. */
  readonly problems: string[];
}

const credentialHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-auth-token', 'api-key']);

function defaultName(method: string, url: string): string {
  const base = splitUrl(url).base.replace(/^\{\{[^}]+\}\}/, '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return `${method} ${base || '/'}`.slice(0, 200);
}

function jumpWords(jumpMs: number): string {
  const size = inDuration(Math.abs(jumpMs)).replace(/^in /, '');
  return jumpMs > 0
    ? `The computer’s clock jumped ahead ${size} (it was probably asleep), so Shoreline checked at once.`
    : `The computer’s clock was set back ${size}; the watch carries on, since it follows the server’s times.`;
}

/** Creates the watch service and loads the kept watches (they start with {@link WatchService.resumeSaved}). */
export function createWatchService(deps: WatchServiceDeps): WatchService {
  const clock = deps.clock ?? systemClock;
  const timers = deps.timers ?? systemTimers;
  const emit: WatchEmit = deps.emit ?? (() => undefined);
  const minInterval = deps.minIntervalSeconds ?? 5;
  const store = createWatchStore(deps.stores);
  const loaded = store.load();
  const runners = new Map<string, WatchRunner>();
  const detector = createJumpDetector(clock, deps.jumpThresholdMs ?? 15_000);
  let heartbeat: TimerHandle | undefined;
  let resumed = false;
  let disposed = false;

  const save = () => store.save([...runners.values()].filter((r) => r.kept).map((r) => r.snapshot()));
  const infoOf = (runner: WatchRunner) => watchInfo(runner, clock.wall());
  const announce = (runner: WatchRunner) => {
    try {
      emit('watch.changed', { id: runner.record.id, watch: infoOf(runner) });
    } catch {
      // a broken listener must not stop a watch
    }
  };

  const beat = () => {
    heartbeat = undefined;
    const jump = detector.check();
    if (jump !== undefined) for (const runner of runners.values()) runner.clockJumped(jump, jumpWords(jump));
    keepHeartbeat();
  };
  /** Compares the clocks while any watch runs, and not otherwise (an idle app keeps no timer). */
  const keepHeartbeat = () => {
    const running = !disposed && [...runners.values()].some((r) => r.record.running);
    if (running && heartbeat === undefined) {
      detector.reset();
      heartbeat = timers.set(beat, deps.heartbeatMs ?? 10_000);
    } else if (!running && heartbeat !== undefined) {
      timers.clear(heartbeat);
      heartbeat = undefined;
    }
  };

  const runnerDeps: RunnerDeps = {
    http: deps.http,
    clock,
    timers,
    backoff: { ...defaultBackoff, ...deps.backoff },
    limits: { ...defaultTickLimits, ...deps.limits },
    recentCap: deps.recentCap ?? 100,
    recentMaxBytes: deps.recentMaxBytes ?? 2 * 1024 * 1024,
    changed(runner, persist) {
      if (!runners.has(runner.record.id)) return;
      if (persist && runner.kept) save();
      announce(runner);
      keepHeartbeat();
    },
    found(runner, items, check) {
      const { record } = runner;
      try {
        emit('watch.newItems', { id: record.id, name: record.name, items, unseen: record.unseen, notify: record.notify });
      } catch {
        // a broken listener must not stop a watch
      }
      try {
        const environment = record.request.environmentId === undefined ? undefined : deps.environmentName?.(record.request.environmentId);
        deps.history?.record(historyDraftOf(record, items, check, environment), []);
      } catch {
        // history is a record, not a reason to stop watching
      }
    },
  };
  for (const record of loaded.records) runners.set(record.id, new WatchRunner(record, true, runnerDeps));

  const runnerOf = (id: string): WatchRunner => {
    const runner = runners.get(id);
    if (!runner) throw new ShorelineError('not_found', 'This watch no longer exists.');
    return runner;
  };

  async function planFor(input: WatchStartInput): Promise<WatchPlan> {
    const { request } = input;
    let operation: OperationDetail | undefined;
    if (request.operation && deps.operation) {
      // A spec removed since the request was saved only loses its hint; the request still works.
      operation = await deps.operation(request.operation.specId, request.operation.operationId).catch(() => undefined);
    }
    // A watch reads from the top of the list: an `offset` left in the request would hide the newest items.
    const url = getQueryParam(request.url, 'offset') === undefined ? request.url : setQueryParams(request.url, { offset: null });
    return {
      method: request.method as 'GET' | 'HEAD',
      url,
      candidates: cursorCandidates(url, operation),
      dateFields: operation ? itemDateFields(operation) : [],
    };
  }

  return {
    problems: loaded.problems,

    async start(input, options = {}) {
      const { request } = input;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new ShorelineError(
          'invalid_input',
          `Only GET and HEAD requests can be watched. A watch repeats its request every few seconds, and repeating a ${request.method} would change something each time.`,
        );
      }
      if (input.intervalSeconds < minInterval) throw new ShorelineError('invalid_input', `A watch checks at most every ${minInterval} seconds.`);
      const plan = await planFor(input);
      const ownCredentials = request.headers.some((h) => credentialHeaders.has(h.name.toLowerCase()));
      const record: WatchRecord = {
        id: deps.newId?.() ?? randomUUID(),
        name: input.name ?? defaultName(request.method, request.url),
        request,
        intervalSeconds: input.intervalSeconds,
        notify: input.notify,
        createdAt: new Date(clock.wall()).toISOString(),
        running: true,
        plan,
        engine: {},
        seen: [],
        unseen: 0,
        found: 0,
        checks: 0,
        recent: [],
      };
      if (input.origin) record.origin = input.origin;
      // A header holding a credential must not land in a file: such a watch lives only until Shoreline quits.
      const runner = new WatchRunner(record, options.keep !== false && !ownCredentials, runnerDeps);
      if (ownCredentials) runner.note = 'This request carries its own credentials (an Authorization or similar header), so the watch is not kept after Shoreline quits.';
      runners.set(record.id, runner);
      runner.begin();
      runnerDeps.changed(runner, true);
      return infoOf(runner);
    },

    update(input) {
      const runner = runnerOf(input.id);
      const { record } = runner;
      if (input.name !== undefined) record.name = input.name;
      if (input.notify !== undefined) record.notify = input.notify;
      if (input.intervalSeconds !== undefined) {
        if (input.intervalSeconds < minInterval) throw new ShorelineError('invalid_input', `A watch checks at most every ${minInterval} seconds.`);
        record.intervalSeconds = input.intervalSeconds;
        if (runner.phase === 'waiting') runner.schedule(input.intervalSeconds * 1000);
      }
      runnerDeps.changed(runner, true);
      return infoOf(runner);
    },

    stop(id) {
      const runner = runnerOf(id);
      if (runner.record.running) runner.halt({ code: 'by_user', reason: 'Stopped by you.', at: new Date(clock.wall()).toISOString() });
      runnerDeps.changed(runner, true);
      return infoOf(runner);
    },

    resume(id) {
      const runner = runnerOf(id);
      if (!runner.record.running) runner.begin();
      runnerDeps.changed(runner, true);
      return infoOf(runner);
    },

    remove(id) {
      const runner = runnerOf(id);
      runner.halt({ code: 'by_user', reason: 'Removed.', at: new Date(clock.wall()).toISOString() });
      runners.delete(id);
      if (runner.kept) save();
      keepHeartbeat();
      emit('watch.changed', { id, watch: null });
    },

    list: () => [...runners.values()].map(infoOf),
    get: (id) => infoOf(runnerOf(id)),

    markSeen(id) {
      const runner = runnerOf(id);
      runner.markSeen();
      runnerDeps.changed(runner, true);
      return infoOf(runner);
    },

    items(id, limit = 100) {
      const runner = runnerOf(id);
      return { items: runner.items(limit), unseen: runner.record.unseen, found: runner.record.found };
    },

    resumeSaved() {
      if (resumed || disposed) return;
      resumed = true;
      for (const runner of runners.values()) {
        if (!runner.record.running) continue;
        runner.begin();
        runnerDeps.changed(runner, false);
      }
    },

    async dispose() {
      if (disposed) return;
      disposed = true;
      keepHeartbeat();
      await Promise.all([...runners.values()].map((r) => r.dispose()));
      if ([...runners.values()].some((r) => r.kept)) save();
    },
  };
}
