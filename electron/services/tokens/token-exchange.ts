/**
 * One client-credentials exchange with a token endpoint, including the bounded retries for 429 and
 * 5xx (honouring `Retry-After`). Every failure leaves here as a worded ShorelineError.
 */
import { parseRetryAfter } from '../../../shared/http/retry-after';
import { clientAuthMismatchError, tokenNetworkError, tokenResponseError, tokenTimeoutError } from '../../../shared/auth/token-errors';
import { ShorelineError } from '../../../shared/errors';
import { parseTokenResponse, type IssuedToken } from '../../../shared/auth/token-response';
import { readLimitedText } from './read-limited-text';
import { buildTokenRequest, type ClientCredentials } from './token-request';

/** What an exchange needs from the outside world; all injectable for tests. */
export interface ExchangeDependencies {
  fetch: typeof fetch;
  /** Epoch milliseconds. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** How long one attempt may take. */
  timeoutMs: number;
}

/** At most this many attempts per exchange. */
export const maxAttempts = 3;
/** A `Retry-After` longer than this (seconds) is not waited for: the user is told instead. */
export const maxRetryWaitSeconds = 30;

const retryable = new Set([429, 500, 502, 503, 504]);

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/**
 * When to try the other way of sending the client id and secret after an `invalid_client`: always
 * (a connection test, which the user started to find out what is wrong), or only when the server's
 * answer speaks of how the client authenticates (every other token request: a wrong secret should
 * cost one failed attempt, not two).
 */
export type ProbeOtherWay = 'always' | 'when-hinted';

/** Words with which token servers say that the way of authenticating, not the secret, is wrong. */
const methodHint = /client_secret_(basic|post)|auth(entication)?[ _-]?method|basic auth|authorization header|request body|form body|registered for/i;

/** Exchanges client credentials for a token, or throws the error that explains why it could not. */
export async function exchangeClientCredentials(
  credentials: ClientCredentials,
  secret: string,
  deps: ExchangeDependencies,
  probe: ProbeOtherWay = 'when-hinted',
): Promise<IssuedToken> {
  try {
    return await exchangeOnce(credentials, secret, deps, maxAttempts);
  } catch (error) {
    if (!(error instanceof ShorelineError) || error.code !== 'invalid_client') throw error;
    if (probe === 'when-hinted' && !methodHint.test(error.detail ?? '')) throw error;
    // Servers refuse a client that authenticates the other way than it is registered for with the
    // same invalid_client as a wrong secret. One try the other way tells the two apart; its token
    // is not kept: the user chooses whether to switch.
    const other = credentials.clientAuth === 'basic' ? 'body' : 'basic';
    const accepted = await exchangeOnce({ ...credentials, clientAuth: other }, secret, deps, 1).then(
      () => true,
      () => false,
    );
    throw accepted ? clientAuthMismatchError(other, error.detail) : error;
  }
}

async function exchangeOnce(credentials: ClientCredentials, secret: string, deps: ExchangeDependencies, attempts: number): Promise<IssuedToken> {
  const request = buildTokenRequest(credentials, secret);
  const host = hostOf(request.url);
  for (let attempt = 1; ; attempt++) {
    const sentAt = deps.now();
    let response: Response;
    try {
      response = await deps.fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        // A redirect would carry the credentials to another address: refuse to follow it.
        redirect: 'manual',
        signal: AbortSignal.timeout(deps.timeoutMs),
      });
    } catch (error) {
      if (isTimeout(error)) throw tokenTimeoutError(host, Math.round(deps.timeoutMs / 1000));
      throw tokenNetworkError(error, host, request.secretForms);
    }
    const raw = {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? undefined,
      location: response.headers.get('location') ?? undefined,
      body: await readLimitedText(response),
    };
    if (retryable.has(raw.status)) {
      const asked = parseRetryAfter(response.headers.get('retry-after'), deps.now());
      const wait = asked ?? 2 ** (attempt - 1);
      if (attempt >= attempts || wait > maxRetryWaitSeconds) throw tokenResponseError(raw, request.secretForms, asked);
      await deps.sleep(wait * 1000);
      continue;
    }
    return parseTokenResponse(raw, sentAt, request.secretForms);
  }
}
