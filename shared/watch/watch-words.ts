/** The sentences a watch shows, shared by the panel, notifications and the command line. */
import type { WatchMode } from './watch-tick';

/** "in 20 s", "in 2 min", "in 1 h 5 min" (rounded up to whole seconds). */
export function inDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `in ${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`;
}

/** "retrying in 20 s". */
export function retryingText(ms: number): string {
  return `retrying ${inDuration(ms)}`;
}

/** "12 new since you last looked", or undefined when there is nothing unseen. */
export function unseenText(count: number): string | undefined {
  if (count <= 0) return undefined;
  return `${count.toLocaleString('en')} new since you last looked`;
}

/** "every 60 s", "every 5 min", "every 2 h". */
export function everyText(intervalSeconds: number): string {
  if (intervalSeconds < 60 || intervalSeconds % 60 !== 0) return `every ${intervalSeconds} s`;
  const minutes = intervalSeconds / 60;
  return minutes % 60 === 0 ? `every ${minutes / 60} h` : `every ${minutes} min`;
}

/** How a watch asks for what is new, in words (the clause last sent, when it filters by time). */
export function modeText(mode: WatchMode | undefined, clause?: string): string {
  if (!mode) return 'Looking at what exists now; only items added after this are shown.';
  switch (mode.kind) {
    case 'time': {
      const from = mode.cursor.source === 'request' ? 'your filter' : mode.cursor.source === 'spec' ? 'the API’s spec' : 'HPE’s documentation of this API';
      const asks = clause ? `asks only for “${clause}”` : `asks by ${mode.cursor.field}`;
      return `Filters by time (${mode.cursor.field}, as ${from} writes it): each check ${asks} and skips items already shown.`;
    }
    case 'cursor':
      return 'Reads the newest pages until it meets an item already shown.';
    case 'list':
      return 'Reads the whole list each time and shows items it has not shown before.';
    case 'single':
      return 'Shows the answer again whenever it changes.';
  }
}
