/**
 * Test-only fault controls: make the Sandbox misbehave the way real networks and APIs do, on
 * purpose and for a counted number of API calls — drop the connection without an answer, or answer
 * 503 / 429 with `Retry-After`. The token endpoint, the JWKS, the index and `/openapi.json` are never
 * affected, so a test controls exactly which API calls fail. Nothing is pending unless a test asks.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, type Family } from '../http/api-error';
import { errorBody } from '../http/error-bodies';
import { sendJson } from '../http/send-json';

/** A status the Sandbox can be told to answer with. */
export type FaultStatus = 503 | 429;

/** What is pending and what was done. */
export interface FaultState {
  pending: { drop: number; fail?: { status: FaultStatus; count: number; retryAfterSeconds?: number } };
  done: { dropped: number; answered503: number; answered429: number };
}

/** The fault controls of one Sandbox. */
export interface SandboxFaults {
  /** Destroys the connection of each of the next `count` API calls without answering (a dropped connection). */
  dropConnections(count: number): void;
  /** Answers the next `count` API calls with `status`, and `Retry-After: retryAfterSeconds` when given. */
  failRequests(status: FaultStatus, count: number, retryAfterSeconds?: number): void;
  /** Cancels whatever is pending (what was done stays counted). */
  clear(): void;
  state(): FaultState;
  /** Applies the next pending fault to an API call; true when the fault took the call. */
  apply(req: IncomingMessage, res: ServerResponse, family: Family): boolean;
}

function wholeCount(count: number, what: string): number {
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) throw new RangeError(`${what} needs a whole number from 0 to 1000000, not ${count}.`);
  return count;
}

/** Creates fault controls with nothing pending. */
export function createSandboxFaults(): SandboxFaults {
  let drop = 0;
  let fail: FaultState['pending']['fail'];
  const done = { dropped: 0, answered503: 0, answered429: 0 };
  return {
    dropConnections(count) {
      drop = wholeCount(count, 'dropConnections');
    },
    failRequests(status, count, retryAfterSeconds) {
      if (status !== 503 && status !== 429) throw new RangeError(`failRequests answers 503 or 429, not ${String(status)}.`);
      if (retryAfterSeconds !== undefined) wholeCount(retryAfterSeconds, 'Retry-After');
      fail = { status, count: wholeCount(count, 'failRequests'), ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
    },
    clear() {
      drop = 0;
      fail = undefined;
    },
    state: () => ({ pending: { drop, ...(fail && fail.count > 0 ? { fail: { ...fail } } : {}) }, done: { ...done } }),
    apply(req, res, family) {
      if (drop > 0) {
        drop -= 1;
        done.dropped += 1;
        req.socket.destroy();
        return true;
      }
      if (!fail || fail.count <= 0) return false;
      fail.count -= 1;
      const headers: Record<string, string> = fail.retryAfterSeconds !== undefined ? { 'Retry-After': String(fail.retryAfterSeconds) } : {};
      if (fail.status === 429) {
        done.answered429 += 1;
        sendJson(res, 429, errorBody(family, new ApiError('too_many_requests', 'Too many requests: the rate limit was exceeded. Try again later.')), headers);
      } else {
        done.answered503 += 1;
        sendJson(res, 503, errorBody(family, new ApiError('service_unavailable', 'The service is temporarily unavailable. Try again later.')), headers);
      }
      req.resume();
      return true;
    },
  };
}
