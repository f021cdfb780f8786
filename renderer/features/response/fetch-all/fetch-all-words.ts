/** What "Fetch all" says while it runs and when it ends, in plain words. */
import type { FetchAllResult, HttpProgress } from '../../../../shared/contract/http';
import { formatCount, pluralItems } from '../../../components/format/quantities';

function pages(count: number): string {
  return `${formatCount(count)} page${count === 1 ? '' : 's'}`;
}

/** The progress line and, when the total is known, how far along it is (0–100). */
export function progressWords(progress: HttpProgress | undefined, cap: number): { text: string; percent?: number; waiting?: string } {
  if (!progress) return { text: 'Asking for the first page…' };
  const goal = progress.total !== undefined ? Math.min(progress.total, cap) : undefined;
  const text = goal !== undefined
    ? `Fetched ${formatCount(progress.fetched)} of ${pluralItems(goal)} · ${pages(progress.pages)}`
    : `Fetched ${pluralItems(progress.fetched)} · ${pages(progress.pages)}`;
  const result: { text: string; percent?: number; waiting?: string } = { text };
  if (goal !== undefined && goal > 0) result.percent = Math.min(100, (progress.fetched / goal) * 100);
  if (progress.waitingSeconds !== undefined && progress.waitingSeconds > 0) {
    result.waiting = `Waiting ${formatCount(Math.ceil(progress.waitingSeconds))} s — the API asked us to slow down`;
  }
  return result;
}

/** The note shown above the combined items. */
export function resultWords(result: FetchAllResult, cap: number): { severity: 'success' | 'info' | 'warning'; text: string } {
  const total = result.total ?? result.fetched;
  if (result.complete) {
    return { severity: 'success', text: `Fetched ${formatCount(result.fetched)} of ${pluralItems(total)} in ${pages(result.pages)}.` };
  }
  const sofar = `Showing the ${pluralItems(result.fetched)} fetched so far (${pages(result.pages)})`;
  switch (result.stoppedBy) {
    case 'cap':
      return {
        severity: 'info',
        text: `Stopped at your limit of ${pluralItems(cap)}: fetched ${formatCount(result.fetched)}${result.total !== undefined ? ` of ${formatCount(result.total)}` : ''} in ${pages(result.pages)}. Raise the limit to get the rest.`,
      };
    case 'cancelled':
      return { severity: 'info', text: `Stopped because you cancelled. ${sofar}.` };
    case 'no_paging':
      return { severity: 'info', text: `This list does not say how to reach more pages, so only what one request returns was fetched: ${pluralItems(result.fetched)}.` };
    case 'error': {
      const why = result.error?.advice?.title ?? result.error?.message ?? 'an error';
      return { severity: 'warning', text: `Stopped after ${pages(result.pages)} because of a problem: ${why.replace(/\.$/, '')}. ${sofar}.` };
    }
    default:
      return { severity: 'info', text: `Fetched ${formatCount(result.fetched)} of ${pluralItems(total)} in ${pages(result.pages)}.` };
  }
}
