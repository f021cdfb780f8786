/**
 * A watch's state as the panel says it, live: the short label of its chip ("Waiting", "Retrying in
 * 14 s", "Stopped") counting down from the times main sent, and the sentence under it.
 */
import type { WatchInfo } from '../../../shared/contract/watch';
import { inDuration } from '../../../shared/watch/watch-words';

/** How the chip is coloured. */
export type WatchTone = 'neutral' | 'info' | 'warning' | 'error' | 'success';

/** What the panel shows for a watch's state. */
export interface WatchStateWords {
  label: string;
  tone: WatchTone;
  /** The longer sentence: what it waits for, or why it stopped. */
  detail: string;
}

const untilMs = (iso: string | undefined, nowMs: number) => (iso === undefined ? undefined : Date.parse(iso) - nowMs);

/** The words for `info` at `nowMs`. */
export function watchStateWords(info: WatchInfo, nowMs: number): WatchStateWords {
  switch (info.phase) {
    case 'starting':
      return { label: 'Starting', tone: 'info', detail: info.status };
    case 'checking':
      return { label: 'Checking…', tone: 'info', detail: info.how };
    case 'retrying': {
      // Never more than the wait itself: the window's clock may lag the moment main sent it.
      const until = untilMs(info.retry?.at ?? info.nextCheckAt, nowMs);
      const left = until === undefined || info.retry === undefined ? until : Math.min(until, info.retry.waitMs);
      const label = left === undefined ? 'Retrying' : left <= 0 ? 'Retrying now' : `Retrying ${inDuration(left)}`;
      const reason = info.retry ? `${info.retry.reason}${info.retry.asked ? ' Shoreline waits as the server asked.' : ' Shoreline waits longer after each failure in a row.'}` : info.status;
      return { label, tone: 'warning', detail: reason };
    }
    case 'stopped': {
      const byUser = info.stop === undefined || info.stop.code === 'by_user';
      return { label: 'Stopped', tone: byUser ? 'neutral' : 'error', detail: byUser ? 'Stopped by you. Resume carries on from where it was: nothing shown is shown again.' : (info.stop?.reason ?? info.status) };
    }
    case 'waiting': {
      const until = untilMs(info.nextCheckAt, nowMs);
      const left = until === undefined ? undefined : Math.min(until, info.intervalSeconds * 1000);
      const next = left === undefined ? '' : left <= 0 ? ' · checking now' : ` · next check ${inDuration(left)}`;
      // The counts are on the card already: say how it finds what is new (the time filter it sends).
      return { label: `Waiting${next}`, tone: 'success', detail: info.how };
    }
  }
}
