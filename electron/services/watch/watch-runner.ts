/**
 * One running watch: checks on a timer, applies what each check found, waits out failures that may
 * pass (honouring `Retry-After`, otherwise backing off 5 s, 10 s, 20 s …) and stops with a reason on
 * the ones that will not. A check is all or nothing (see shared/watch/watch-tick.ts), so a failure
 * half-way through never shows an item twice or skips one.
 */
import type { WatchItem, WatchStop } from '../../../shared/contract/watch';
import { backoffMs, maxRetryAfterMs, type BackoffPolicy } from '../../../shared/watch/backoff';
import { createSeenSet, type SeenSet } from '../../../shared/watch/seen-set';
import { runTick, type TickLimits, type TickResult } from '../../../shared/watch/watch-tick';
import { createCheckFetcher, type CheckFetcher, type WatchHttp } from './watch-fetcher';
import { verdictOf, type Verdict } from './watch-failure';
import type { WatchClock, WatchTimers, TimerHandle } from './watch-ports';
import type { WatchRecord } from './watch-record';

/** What a runner needs from its service. */
export interface RunnerDeps {
  http: WatchHttp;
  clock: WatchClock;
  timers: WatchTimers;
  backoff: BackoffPolicy;
  limits: TickLimits;
  /** Most found items kept to show (and their total JSON size). */
  recentCap: number;
  recentMaxBytes: number;
  /** The runner's state changed (the panel should hear of it); `persist` when it must be written. */
  changed(runner: WatchRunner, persist: boolean): void;
  /** A check found new items. */
  found(runner: WatchRunner, items: WatchItem[], check: { result: TickResult; fetcher: CheckFetcher; durationMs: number }): void;
}

/** Where a runner is. */
export type RunnerPhase = 'starting' | 'waiting' | 'checking' | 'retrying' | 'stopped';

/** A retry being waited out. */
export interface RunnerRetry {
  code: string;
  reason: string;
  attempt: number;
  waitMs: number;
  atMs: number;
  asked: boolean;
}

/** Seen keys written for a time-cursor or `next`-cursor watch: far more than ever share one boundary. */
export const persistedBoundaryKeys = 1_000;

/** One watch at work. Its `record` is what is kept; the rest lives only while Shoreline runs. */
export class WatchRunner {
  readonly seen: SeenSet;
  phase: RunnerPhase;
  retry: RunnerRetry | undefined;
  note: string | undefined;
  nextCheckAtMs: number | undefined;
  private recent: WatchItem[];
  private recentBytes: number;
  private timer: TimerHandle | undefined;
  private abort: AbortController | undefined;
  private inflight: Promise<void> | undefined;
  private attempts = 0;
  private requests = 0;
  private keepNote = false;

  constructor(
    readonly record: WatchRecord,
    /** False when the watch is not written to disk. */
    readonly kept: boolean,
    private readonly deps: RunnerDeps,
  ) {
    this.seen = createSeenSet(deps.limits.seenCap, record.seen);
    this.recent = record.recent.slice(-deps.recentCap);
    this.recentBytes = this.recent.reduce((sum, r) => sum + sizeOf(r.item), 0);
    this.phase = record.running ? 'waiting' : 'stopped';
  }

  /**
   * The record with the seen keys and found items of this moment, ready to write. A list read whole
   * needs every key it has seen; a time cursor or a `next` walk only the newest ones (those at the
   * boundary, or on the newest page), so only those are written — a tenth of the file at each check.
   */
  snapshot(): WatchRecord {
    const keys = this.seen.keys();
    const kind = this.record.engine.mode?.kind;
    const seen = kind === 'time' || kind === 'cursor' ? keys.slice(-persistedBoundaryKeys) : keys;
    return { ...this.record, seen, recent: [...this.recent] };
  }

  /** The newest `limit` items found, oldest first. */
  items(limit: number): WatchItem[] {
    return this.recent.slice(-limit);
  }

  /** Checks after `delayMs` (at once by default). */
  schedule(delayMs: number): void {
    if (this.timer !== undefined) this.deps.timers.clear(this.timer);
    this.nextCheckAtMs = this.deps.clock.wall() + delayMs;
    this.timer = this.deps.timers.set(() => {
      this.timer = undefined;
      this.inflight = this.check().finally(() => (this.inflight = undefined));
    }, delayMs);
  }

  /** The clocks jumped (sleep and wake, or a clock set by hand): say so, and check at once if it ran forward. */
  clockJumped(jumpMs: number, words: string): void {
    if (!this.record.running) return;
    this.note = words;
    this.keepNote = true;
    if (jumpMs > 0 && (this.phase === 'waiting' || this.phase === 'retrying')) this.schedule(0);
    this.deps.changed(this, false);
  }

  /** Starts or resumes checking (at once). */
  begin(): void {
    this.record.running = true;
    delete this.record.stop;
    this.retry = undefined;
    this.attempts = 0;
    this.phase = this.record.engine.mode ? 'waiting' : 'starting';
    this.schedule(0);
  }

  /** Stops checking, with the reason shown. */
  halt(stop: WatchStop): void {
    this.record.running = false;
    this.record.stop = stop;
    this.phase = 'stopped';
    this.retry = undefined;
    this.nextCheckAtMs = undefined;
    this.cancel();
  }

  /** Stops timers and any check in flight, and waits for it to settle (the watch stays running in its record). */
  async dispose(): Promise<void> {
    this.cancel();
    await this.inflight;
  }

  /** The user looked at what was found. */
  markSeen(): void {
    this.record.unseen = 0;
  }

  private cancel(): void {
    if (this.timer !== undefined) this.deps.timers.clear(this.timer);
    this.timer = undefined;
    this.abort?.abort();
  }

  private async check(): Promise<void> {
    if (!this.record.running) return;
    if (this.keepNote) this.keepNote = false;
    else this.note = undefined;
    this.phase = this.record.engine.mode ? 'checking' : 'starting';
    this.nextCheckAtMs = undefined;
    const abort = new AbortController();
    this.abort = abort;
    const started = this.deps.clock.monotonic();
    const fetcher = createCheckFetcher(this.deps.http, this.record.request, {
      signal: abort.signal,
      nowMs: () => this.deps.clock.wall(),
      nextRequestId: () => `watch-${this.record.id}-${(this.requests += 1)}`,
    });
    this.deps.changed(this, false);
    let result: TickResult;
    try {
      result = await runTick({ plan: this.record.plan, state: this.record.engine, seen: this.seen, fetchPage: fetcher.fetchPage, limits: this.deps.limits });
    } catch (thrown) {
      if (!abort.signal.aborted && this.record.running) this.failed(verdictOf(thrown));
      return;
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
    if (abort.signal.aborted || !this.record.running) return;
    this.apply(result, fetcher, this.deps.clock.monotonic() - started);
  }

  private apply(result: TickResult, fetcher: CheckFetcher, durationMs: number): void {
    const record = this.record;
    for (const key of result.remember) this.seen.remember(key);
    const engineChanged = JSON.stringify(result.state) !== JSON.stringify(record.engine);
    record.engine = result.state;
    if (result.clause !== undefined) record.clause = result.clause;
    const now = new Date(this.deps.clock.wall()).toISOString();
    record.checks += 1;
    record.lastCheckAt = now;
    this.retry = undefined;
    this.attempts = 0;
    const items = result.found.map((f) => ({ key: f.key, item: f.item, foundAt: now }));
    if (items.length > 0) {
      this.keep(items);
      record.unseen += items.length;
      record.found += items.length;
      record.lastFoundAt = now;
      this.deps.found(this, items, { result, fetcher, durationMs });
    }
    this.phase = 'waiting';
    this.schedule(record.intervalSeconds * 1000);
    this.deps.changed(this, result.baseline || items.length > 0 || engineChanged);
  }

  private keep(items: WatchItem[]): void {
    for (const item of items) {
      this.recent.push(item);
      this.recentBytes += sizeOf(item.item);
    }
    while (this.recent.length > this.deps.recentCap || (this.recentBytes > this.deps.recentMaxBytes && this.recent.length > 1)) {
      const dropped = this.recent.shift();
      if (dropped) this.recentBytes -= sizeOf(dropped.item);
    }
  }

  private failed(verdict: Verdict): void {
    if (verdict.kind === 'stop') {
      const stop: WatchStop = { code: verdict.code, reason: verdict.reason, at: new Date(this.deps.clock.wall()).toISOString() };
      if (verdict.status !== undefined) stop.status = verdict.status;
      if (verdict.permission !== undefined) stop.permission = verdict.permission;
      this.halt(stop);
      this.deps.changed(this, true);
      return;
    }
    this.attempts += 1;
    const asked = verdict.askedMs !== undefined;
    // A Retry-After of 0 still waits a second, so a server that keeps saying 0 is not hammered.
    const waitMs = asked ? Math.min(maxRetryAfterMs, Math.max(1000, verdict.askedMs ?? 0)) : backoffMs(this.attempts, this.deps.backoff);
    this.retry = { code: verdict.code, reason: verdict.reason, attempt: this.attempts, waitMs, atMs: this.deps.clock.wall() + waitMs, asked };
    this.phase = 'retrying';
    this.schedule(waitMs);
    this.deps.changed(this, false);
  }
}

/** The size of an item as JSON, to bound the memory kept for showing found items. */
function sizeOf(item: unknown): number {
  try {
    return JSON.stringify(item)?.length ?? 4;
  } catch {
    return 4;
  }
}
