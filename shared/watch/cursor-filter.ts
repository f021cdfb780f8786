/**
 * Writes the request a watch sends after its first poll: the user's own filter, `and` the time
 * cursor `createdAt ge '<newest seen>'` in the API's own spelling. The user's filter is kept as they
 * wrote it (grouped in parentheses only when a top-level `or` would otherwise swallow the cursor).
 */
import { getQueryParam, setQueryParams } from '../http/query';
import { formatInstant, type Instant } from './instant';
import type { TimeCursor } from './time-cursor';

/** `field ge <moment>`, quoted and formatted as the API writes date-times. */
export function cursorClause(cursor: TimeCursor, since: Instant): string {
  const q = cursor.quote;
  return `${cursor.field} ge ${q}${formatInstant(since, cursor.format)}${q}`;
}

/** True when `filter` has an `or` outside quotes and parentheses, so `… and cursor` would bind to its last part only. */
export function hasTopLevelOr(filter: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < filter.length; i += 1) {
    const ch = filter[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(filter[i - 1] ?? ' ') && /^or\s/i.test(filter.slice(i, i + 3))) return true;
  }
  return false;
}

/** The user's filter `and` the cursor clause. */
export function mergeFilter(userFilter: string | undefined, clause: string): string {
  const own = userFilter?.trim() ?? '';
  if (own === '') return clause;
  return hasTopLevelOr(own) ? `(${own}) and ${clause}` : `${own} and ${clause}`;
}

/**
 * `url` with its `filter` set to the user's filter and the cursor. `{{variables}}` stay as written
 * (main replaces them when sending), which plain percent-encoding would break.
 */
export function withCursor(url: string, clause: string): string {
  const merged = mergeFilter(getQueryParam(url, 'filter'), clause);
  return setQueryParams(url, { filter: merged }).replace(/%7B%7B([A-Za-z0-9_.-]+)%7D%7D/g, '{{$1}}');
}
