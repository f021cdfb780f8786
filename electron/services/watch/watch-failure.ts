/**
 * What a failed check means for a watch: wait and try again (a 429, a 5xx, a dropped connection, a
 * timeout, an unreachable token server), or stop and say why (401 after a renewed token, 403, 404,
 * another 4xx, refused credentials, a request that can no longer be sent). Only clear refusals stop
 * a watch: the point of watching is to keep going.
 */
import type { HttpResponse } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';
import { parseRetryAfter } from '../../../shared/http/retry-after';
import { WatchProblem } from '../../../shared/watch/watch-problem';

/** A failure worth waiting out. */
export interface RetryVerdict {
  kind: 'retry';
  code: string;
  reason: string;
  /** What `Retry-After` asked for, in ms. */
  askedMs?: number;
}

/** A failure that stops the watch. */
export interface StopVerdict {
  kind: 'stop';
  code: string;
  reason: string;
  status?: number;
  permission?: string;
}

/** What to do after a failed check. */
export type Verdict = RetryVerdict | StopVerdict;

/** A check that failed on an HTTP answer; thrown by the page fetcher, read by {@link verdictOf}. */
export class WatchHttpFailure extends Error {
  constructor(readonly verdict: Verdict) {
    super(verdict.reason);
    this.name = 'WatchHttpFailure';
  }
}

/** Error codes after which trying again can help. */
const passing = new Set(['unreachable', 'network', 'timeout', 'tls', 'token_failed', 'not_json', 'clock_skew', 'keychain_unavailable', 'rate_limited', 'internal']);

function said(response: HttpResponse): string {
  const advice = response.advice;
  if (!advice) return '';
  return ` ${advice.title}. ${advice.advice}`.trimEnd();
}

/** The verdict on an answer with a status of 400 or more. */
export function verdictForStatus(response: HttpResponse, nowMs: number): Verdict {
  const status = response.status;
  const retryAfter = response.headers.find((h) => h.name.toLowerCase() === 'retry-after')?.value;
  const askedSeconds = parseRetryAfter(retryAfter, nowMs);
  const asked = askedSeconds === undefined ? {} : { askedMs: askedSeconds * 1000 };
  const statusWords = response.statusText ? `${status} ${response.statusText}` : String(status);
  if (status === 429) return { kind: 'retry', code: 'rate_limited', reason: `The server asked Shoreline to slow down (${statusWords}).`, ...asked };
  if (status >= 500 || status === 408) {
    return { kind: 'retry', code: status === 408 ? 'timeout' : 'server_error', reason: `The server answered ${statusWords}.`, ...asked };
  }
  if (status === 401) {
    return { kind: 'stop', code: 'unauthorized', status, reason: `The server refused the token even after Shoreline renewed it (401).${said(response)}` };
  }
  if (status === 403) {
    const permission = response.advice?.permission;
    return { kind: 'stop', code: 'forbidden', status, reason: `The server refused access (403).${said(response)}`, ...(permission ? { permission } : {}) };
  }
  if (status === 404) {
    return { kind: 'stop', code: 'not_found', status, reason: `The address no longer exists (404): the list was moved or deleted, or a value in the address is wrong.${said(response)}` };
  }
  return { kind: 'stop', code: 'rejected', status, reason: `The server refused the request (${statusWords}).${said(response)}` };
}

/**
 * A network failure's advice as a watch says it: the watch tries again by itself, so the words that
 * ask the user to ("Try again; if it keeps happening, …", "…, then try again.") keep only the rest.
 */
export function retryWords(reason: string): string {
  return reason
    .replace(/\bTry again; if it keeps happening, /g, 'If it keeps happening, ')
    .replace(/\bTry again, or /g, 'If it keeps happening, ')
    .replace(/,? (?:then|and) try again\./g, '.');
}

/** The verdict on whatever a check threw. */
export function verdictOf(thrown: unknown): Verdict {
  if (thrown instanceof WatchHttpFailure) return thrown.verdict;
  if (thrown instanceof WatchProblem) return { kind: 'stop', code: thrown.code, reason: thrown.message };
  if (thrown instanceof ShorelineError) {
    if (passing.has(thrown.code)) return { kind: 'retry', code: thrown.code, reason: retryWords(thrown.message) };
    return { kind: 'stop', code: thrown.code, reason: thrown.message };
  }
  // Anything else may pass (and may carry anything, so its text is not shown).
  return { kind: 'retry', code: 'internal', reason: 'Something went wrong inside Shoreline while checking.' };
}
