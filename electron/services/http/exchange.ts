/**
 * One HTTP exchange: add the bearer token (renewed and retried once on 401 by the token source),
 * send, read the body under a timeout that resets as data arrives, and report what happened — with
 * every token used listed so callers can keep it out of everything they return.
 */
import { rm } from 'node:fs/promises';
import type { AbortSignalLike } from '../../../shared/contract/define';
import type { Header } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';
import { hostOf } from '../../../shared/http/query';
import { createAbortScope, raceAbort, type AbortScope } from './abort-scope';
import { readBody, type ReadBody } from './body-sink';
import type { FetchLike } from './fetch-types';
import { toNetworkError } from './network-error';
import { createSecretMasker, maskSecrets } from './secret-mask';
import { tokenIssuer } from './token-issuer';
import type { TokenSource } from './token-source';

/** What one exchange sends. */
export interface ExchangeRequest {
  method: string;
  url: string;
  headers: Header[];
  body?: string;
  connectionId?: string;
  timeoutMs: number;
}

/** How the body is read. */
export interface ExchangeLimits {
  memoryLimit: number;
  maxBytes: number;
  spillDir?: string;
}

/** What the exchange needs from its service. */
export interface ExchangeDeps {
  fetch: FetchLike;
  tokens?: TokenSource;
  now: () => number;
}

/** The outcome of an exchange that got a response. */
export interface RawExchange {
  status: number;
  statusText: string;
  /** Response headers, with any token masked. */
  headers: Header[];
  body: ReadBody;
  timing: { totalMs: number; headersMs: number };
  /** The headers as sent; the added Authorization is shown as `Bearer ••••••`. */
  sentHeaders: Header[];
  /** The `iss` of the token sent, if any. */
  tokenIssuer?: string;
}

/** Shown instead of the token Shoreline added. */
export const MASKED_AUTHORIZATION = 'Bearer ••••••';

function stoppedError(scope: AbortScope, request: ExchangeRequest): ShorelineError | undefined {
  if (scope.reason === 'cancelled') return new ShorelineError('cancelled', 'The request was cancelled.');
  if (scope.reason === 'timeout') {
    const seconds = Math.round(request.timeoutMs / 100) / 10;
    return new ShorelineError(
      'timeout',
      `No answer from “${hostOf(request.url) ?? 'the server'}” within ${seconds} seconds, so Shoreline stopped waiting. Try again, ask for less data (a smaller limit), or raise the timeout.`,
    );
  }
  return undefined;
}

/**
 * Runs one exchange. `secrets` receives every token used (even when the exchange then fails).
 * Throws `cancelled`, `timeout`, `unreachable`, `tls`, `network`, or the token source's own errors.
 */
export async function runExchange(
  request: ExchangeRequest,
  deps: ExchangeDeps,
  limits: ExchangeLimits,
  parents: ReadonlyArray<AbortSignalLike | undefined>,
  secrets: string[],
): Promise<RawExchange> {
  const scope = createAbortScope(request.timeoutMs, parents);
  const attempts: RawExchange[] = [];
  const attempt = async (token?: string): Promise<RawExchange> => {
    const headers = request.headers.map((h): [string, string] => [h.name, h.value]);
    const sentHeaders = request.headers.map((h) => ({ ...h }));
    if (token !== undefined) {
      secrets.push(token);
      headers.push(['Authorization', `Bearer ${token}`]);
      sentHeaders.push({ name: 'Authorization', value: MASKED_AUTHORIZATION });
    }
    const started = deps.now();
    const init = { method: request.method, headers, signal: scope.signal, redirect: 'follow' as const };
    const response = await deps.fetch(request.url, request.body === undefined ? init : { ...init, body: request.body });
    const headersAt = deps.now();
    scope.touch();
    const responseHeaders: Header[] = [];
    response.headers.forEach((value, name) => responseHeaders.push({ name, value: maskSecrets(value, secrets) }));
    const body = await readBody(response.body, { ...limits, masker: createSecretMasker(secrets), onChunk: scope.touch });
    const raw: RawExchange = {
      status: response.status,
      statusText: response.statusText,
      headers: responseHeaders,
      body,
      timing: { totalMs: deps.now() - started, headersMs: headersAt - started },
      sentHeaders,
    };
    const issuer = token !== undefined ? tokenIssuer(token) : undefined;
    if (issuer !== undefined) raw.tokenIssuer = issuer;
    attempts.push(raw);
    return raw;
  };
  try {
    if (request.connectionId === undefined) return await attempt();
    const tokens = deps.tokens;
    if (!tokens) throw new ShorelineError('unsupported', 'This host cannot sign in to connections.');
    const connectionId = request.connectionId;
    const final = await raceAbort(tokens.withToken(connectionId, attempt), scope.signal);
    // A 401 answered before the retry may have spilled to a temp file; only the final answer is kept.
    for (const earlier of attempts) {
      if (earlier !== final && earlier.body.kind === 'file') await rm(earlier.body.path, { force: true });
    }
    return final;
  } catch (error) {
    throw stoppedError(scope, request) ?? toNetworkError(error, request.url, secrets);
  } finally {
    scope.dispose();
  }
}
