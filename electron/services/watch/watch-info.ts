/** A runner as the panel and the command line see it (`WatchInfo`), with its status in words. */
import type { WatchInfo } from '../../../shared/contract/watch';
import { everyText, inDuration, modeText, unseenText } from '../../../shared/watch/watch-words';
import type { WatchRunner } from './watch-runner';

function statusOf(runner: WatchRunner, nowMs: number): string {
  const { record, retry } = runner;
  switch (runner.phase) {
    case 'starting':
      return 'Looking at what exists now: only items added after this will be shown.';
    case 'checking':
      return 'Checking for new items…';
    case 'retrying': {
      if (!retry) return 'Trying again shortly.';
      const when = inDuration(retry.atMs - nowMs);
      return `${retry.reason} Retrying ${when}${retry.asked ? ', as the server asked' : ''}.`;
    }
    case 'stopped':
      return record.stop?.code === 'by_user' ? 'Stopped.' : `Stopped: ${record.stop?.reason ?? 'for an unknown reason.'}`;
    case 'waiting': {
      const found = record.found === 0 ? 'nothing new yet' : `${record.found.toLocaleString('en')} new found so far`;
      return `Watching ${everyText(record.intervalSeconds)}; ${found}.`;
    }
  }
}

/** The `WatchInfo` of `runner` at `nowMs`. */
export function watchInfo(runner: WatchRunner, nowMs: number): WatchInfo {
  const { record } = runner;
  const info: WatchInfo = {
    id: record.id,
    name: record.name,
    request: record.request,
    intervalSeconds: record.intervalSeconds,
    notify: record.notify,
    createdAt: record.createdAt,
    phase: runner.phase,
    status: statusOf(runner, nowMs),
    how: modeText(record.engine.mode, record.clause),
    unseen: record.unseen,
    found: record.found,
    checks: record.checks,
    kept: runner.kept,
  };
  const unseen = unseenText(record.unseen);
  if (unseen) info.unseenText = unseen;
  if (record.origin) info.origin = record.origin;
  if (record.engine.mode) info.mode = record.engine.mode.kind;
  if (record.clause !== undefined && record.engine.mode?.kind === 'time') info.clause = record.clause;
  if (record.lastCheckAt) info.lastCheckAt = record.lastCheckAt;
  if (record.lastFoundAt) info.lastFoundAt = record.lastFoundAt;
  if (runner.nextCheckAtMs !== undefined && (runner.phase === 'waiting' || runner.phase === 'retrying')) info.nextCheckAt = new Date(runner.nextCheckAtMs).toISOString();
  const retry = runner.retry;
  if (retry && runner.phase === 'retrying') {
    info.retry = { code: retry.code, reason: retry.reason, attempt: retry.attempt, waitMs: retry.waitMs, at: new Date(retry.atMs).toISOString(), asked: retry.asked };
  }
  if (record.stop && runner.phase === 'stopped') info.stop = record.stop;
  if (runner.note) info.note = runner.note;
  return info;
}
