/**
 * The wiring shared by the executor's parts (send, fetch-all, snippets): dependencies with their
 * defaults applied, and the limits that keep big responses away from the renderer.
 */
import type { HttpProgress } from '../../../shared/contract/http';
import type { HistoryRecorder } from '../history/history-draft';
import type { BodyStore } from './body-store';
import type { CancelRegistry } from './cancel-registry';
import type { FetchLike } from './fetch-types';
import type { CaptureSink, ConnectionLookup, EnvironmentLookup, SendScopeLookup, TokenSource } from './token-source';

/** Size limits. */
export interface HttpLimits {
  /** Text/JSON bodies up to this size come inline (5 MB). */
  inlineText: number;
  /** Images up to this size come inline as base64 (5 MB). */
  inlineImage: number;
  /** Bodies beyond this size are not read (200 MB). */
  maxBody: number;
  /** Largest single page fetch-all reads (64 MB). */
  maxPage: number;
  /** Response text kept in history (256 KB). */
  historyBody: number;
  /** Retries after 429 in fetch-all (5). */
  maxRetries: number;
  /** Longest wait after a 429 (300 s). */
  maxWaitSeconds: number;
}

/** The default limits. */
export const defaultLimits: HttpLimits = {
  inlineText: 5 * 1024 * 1024,
  inlineImage: 5 * 1024 * 1024,
  maxBody: 200 * 1024 * 1024,
  maxPage: 64 * 1024 * 1024,
  historyBody: 256 * 1024,
  maxRetries: 5,
  maxWaitSeconds: 300,
};

/** What the host gives the HTTP service. Everything but `tokens` has a default or is optional. */
export interface HttpServiceDeps {
  /** Bearer tokens per connection (the token manager). */
  tokens?: TokenSource;
  /** Environments by id (variables, connection, safe mode). */
  environments?: EnvironmentLookup;
  /** Connection facts for "Copy as". */
  connections?: ConnectionLookup;
  /** Resolves each send's collection, folders, request variables and globals; without it only the environment applies. */
  scopes?: SendScopeLookup;
  /** Runs captures after a 2xx answer. */
  captures?: CaptureSink;
  /** The fetch to use: undici with proxy support by default; Electron passes `net.fetch`. */
  fetch?: FetchLike;
  /** A monotonic clock in milliseconds, for timings (default `performance.now`). */
  now?: () => number;
  /** Epoch milliseconds, for HTTP-date `Retry-After` (default `Date.now`). */
  wallClock?: () => number;
  /** Where each exchange is recorded. */
  history?: HistoryRecorder;
  /** Pushes `http.progress` events to the renderer. */
  emit?: (name: 'http.progress', payload: HttpProgress) => void;
  /** Waits between 429 retries (injectable for tests). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Temp folder for big bodies (userData/tmp); without it they stay in memory. */
  tmpDir?: string;
  /** Asks the user where to save a body (a native dialog); undefined when cancelled. */
  chooseSavePath?: (suggestedName: string) => Promise<string | undefined>;
  limits?: Partial<HttpLimits>;
}

/** Dependencies with defaults applied, plus the shared state. */
export interface HttpContext {
  tokens?: TokenSource;
  environments?: EnvironmentLookup;
  connections?: ConnectionLookup;
  scopes?: SendScopeLookup;
  captures?: CaptureSink;
  fetch: FetchLike;
  now: () => number;
  wallClock: () => number;
  history?: HistoryRecorder;
  emit: (name: 'http.progress', payload: HttpProgress) => void;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  limits: HttpLimits;
  bodies: BodyStore;
  registry: CancelRegistry;
}

/** Records a draft, never letting a history failure break a request. */
export function recordSafely(context: HttpContext, ...args: Parameters<HistoryRecorder['record']>): string | undefined {
  try {
    return context.history?.record(...args);
  } catch {
    return undefined;
  }
}

/** Cuts `text` to at most `maxBytes` of UTF-8, on a character boundary. */
export function truncateUtf8(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (text.length <= maxBytes / 3 || Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, truncated: false };
  const bytes = Buffer.from(text, 'utf8').subarray(0, maxBytes);
  return { text: new TextDecoder('utf-8').decode(bytes).replace(/\uFFFD$/, ''), truncated: true };
}
