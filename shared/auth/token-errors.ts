/**
 * Token failures in the words of a storage or server administrator, each with the raw material one
 * click away (scrubbed of secrets and tokens). The token manager throws only what this file builds.
 */
import type { ClientAuth } from '../contract/connections';
import { ShorelineError } from '../errors';
import { waitWords } from '../http/retry-after';
import { responseDetail, scrubSecrets, type RawResponse } from './scrub';

const tlsCodes = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
]);

/** True for error codes that mean the secure connection (TLS) could not be trusted or set up. */
export function isTlsCode(code: string): boolean {
  return tlsCodes.has(code) || /^ERR_(TLS|SSL)_/.test(code) || code.includes('CERT');
}

/**
 * The system error code behind a failed `fetch` (`ECONNREFUSED`, `ENOTFOUND`, a certificate code…).
 * Node's fetch throws `TypeError('fetch failed')` and hides the code in `cause` (sometimes an
 * AggregateError's `errors`), so the chain is walked.
 */
export function networkErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const fromCause = networkErrorCode(e.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const code = networkErrorCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return typeof e.code === 'string' ? e.code : undefined;
}

/** The text of an error and its causes, for a detail line (scrubbed by the caller). */
export function describeErrorChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 5 && typeof current === 'object' && current !== null; i++) {
    const e = current as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
    parts.push([e.name, e.code, e.message].filter((p) => typeof p === 'string' && p).join(' '));
    current = e.cause;
  }
  return parts.filter(Boolean).join(' ← ');
}

/** A failure to reach the token server at all, worded from the error code behind it. */
export function tokenNetworkError(error: unknown, host: string, secrets: readonly string[] = []): ShorelineError {
  const code = networkErrorCode(error) ?? '';
  const detail = scrubSecrets(`${host}: ${describeErrorChain(error)}`, secrets);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new ShorelineError(
      'unreachable',
      `Shoreline could not find the server "${host}". Check the token URL for typos, and that this computer is connected to the internet (or to your company VPN).`,
      detail,
    );
  }
  if (code === 'ECONNREFUSED') {
    return new ShorelineError(
      'unreachable',
      `The server "${host}" refused the connection. Check the token URL, including its port, and that the service is running.`,
      detail,
    );
  }
  if (isTlsCode(code)) {
    return new ShorelineError(
      'tls',
      `The secure connection to "${host}" could not be trusted (certificate problem). If your company inspects HTTPS traffic, its certificate authority must be installed on this computer.`,
      detail,
    );
  }
  if (['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(code)) {
    return new ShorelineError(
      'unreachable',
      `The connection to "${host}" failed or was cut. Check your network connection (and VPN or proxy), then try again.`,
      detail,
    );
  }
  return new ShorelineError('network', `Shoreline could not reach the token server "${host}".`, detail);
}

/** The token server did not answer in time. */
export function tokenTimeoutError(host: string, seconds: number): ShorelineError {
  return new ShorelineError('timeout', `The token server "${host}" did not answer within ${seconds} seconds. Try again later.`);
}

function isHtml(raw: RawResponse): boolean {
  return /html/i.test(raw.contentType ?? '') || /^\s*</.test(raw.body);
}

function jsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The server's own short explanation (`error_description`), scrubbed, when it is short enough to show. */
function serverSays(json: Record<string, unknown> | undefined, secrets: readonly string[]): string {
  const text = json?.error_description;
  return typeof text === 'string' && text.length > 0 && text.length <= 200 ? ` The server said: "${scrubSecrets(text, secrets)}".` : '';
}

const clientAuthWords: Record<ClientAuth, string> = { basic: 'in an HTTP Basic header', body: 'in the request body' };
/** The choices as the connection form labels them. */
const clientAuthChoices: Record<ClientAuth, string> = { basic: 'HTTP Basic header', body: 'Send in the request body' };

/**
 * The token server refused the client one way and accepted it the other (Shoreline tried both): it
 * expects `expected`. The renderer offers to switch the connection.
 */
export function clientAuthMismatchError(expected: ClientAuth, detail?: string): ShorelineError {
  const used: ClientAuth = expected === 'basic' ? 'body' : 'basic';
  return new ShorelineError(
    'client_auth_mismatch',
    `The token server expects the client ID and secret ${clientAuthWords[expected]}, not ${clientAuthWords[used]}. Switch this connection to "${clientAuthChoices[expected]}".`,
    detail,
  );
}

/** Why a token endpoint's answer is not a token: wrong credentials, an HTML page, a server problem… */
export function tokenResponseError(raw: RawResponse, secrets: readonly string[] = [], retryAfterSeconds?: number): ShorelineError {
  const detail = responseDetail(raw, secrets);
  const json = isHtml(raw) ? undefined : jsonObject(raw.body);
  const oauthError = typeof json?.error === 'string' ? json.error : undefined;
  const says = serverSays(json, secrets);
  if (oauthError === 'invalid_client' || (raw.status === 401 && !isHtml(raw))) {
    return new ShorelineError(
      'invalid_client',
      'The client ID or secret was not accepted by the token server. Check both in the GreenLake console (Manage workspace › API); if the secret was reset there, enter the new one here.',
      detail,
    );
  }
  if (oauthError === 'unauthorized_client') {
    return new ShorelineError('token_failed', `This API client is not allowed to get tokens with its ID and secret.${says}`, detail);
  }
  if (oauthError === 'invalid_scope') {
    return new ShorelineError('token_failed', `The token server refused the scope. Leave the scope empty unless your administrator gave you one.${says}`, detail);
  }
  if (raw.status >= 300 && raw.status < 400) {
    const to = raw.location ? ` to ${scrubSecrets(raw.location, secrets)}` : '';
    return new ShorelineError(
      'token_failed',
      `The token URL sends Shoreline elsewhere (HTTP ${raw.status}${to}). Shoreline does not send credentials on to another address: check the token URL, or use the address it points to.`,
      detail,
    );
  }
  if (raw.status === 429) {
    const wait = retryAfterSeconds && retryAfterSeconds > 0 ? ` It asks to wait ${waitWords(retryAfterSeconds)}.` : '';
    return new ShorelineError('rate_limited', `The token server is receiving too many requests.${wait} Wait a moment and try again.`, detail);
  }
  if (raw.status >= 500) {
    const when = retryAfterSeconds !== undefined ? waitWords(retryAfterSeconds) : 'a few minutes';
    return new ShorelineError('token_failed', `The token server had a problem (HTTP ${raw.status}). Try again in ${when}.`, detail);
  }
  if (isHtml(raw)) {
    return new ShorelineError(
      'not_json',
      'The token URL answered with a web page instead of a token. Check the token URL: it usually ends in /as/token.oauth2 or /token. A proxy or sign-in page may also be in the way.',
      detail,
    );
  }
  if (oauthError) {
    return new ShorelineError(
      'token_failed',
      `The token server refused the request (${oauthError}). Check the token URL and how the client authenticates (in the form body, or with HTTP Basic).${says}`,
      detail,
    );
  }
  if (raw.status === 404) {
    return new ShorelineError('token_failed', 'Nothing answers at this token URL (HTTP 404). Check the token URL.', detail);
  }
  if (raw.status >= 200 && raw.status < 300) {
    return json
      ? new ShorelineError('token_failed', 'The token server answered, but its answer contains no access token.', detail)
      : new ShorelineError('not_json', 'The token server answered in a format Shoreline does not understand (it expected JSON).', detail);
  }
  return new ShorelineError('token_failed', `The token server refused the request (HTTP ${raw.status}).${says}`, detail);
}

/** A token that had already expired by this computer's clock when it arrived. */
export function clockSkewError(expSeconds: number, iatSeconds: number | undefined, now: number): ShorelineError {
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
  const lines = [`Token expires (exp): ${iso(expSeconds)}`];
  if (iatSeconds !== undefined) lines.push(`Token issued (iat): ${iso(iatSeconds)}`);
  lines.push(`This computer's time: ${new Date(now).toISOString()}`);
  return new ShorelineError(
    'clock_skew',
    "The token server sent a token that had already expired by this computer's clock. Check that this computer's date, time and time zone are set correctly (ideally set automatically), then try again.",
    lines.join('\n'),
  );
}

/** A pasted token that has expired: it cannot be renewed, only replaced. */
export function pastedTokenExpiredError(expiresAt: number): ShorelineError {
  return new ShorelineError(
    'token_failed',
    `The pasted access token expired at ${new Date(expiresAt).toISOString()}. Generate a new one in the GreenLake console and paste it here, or add a connection with a client ID and secret so Shoreline renews tokens by itself.`,
  );
}

/** The OS keychain is locked, missing or refused access. Nothing was stored elsewhere. */
export function keychainUnavailableError(detail?: string): ShorelineError {
  return new ShorelineError(
    'keychain_unavailable',
    "Shoreline could not use this computer's keychain (it may be locked, or no keychain service is running). Unlock it or sign in again, then retry. Nothing was saved: Shoreline never keeps secrets outside the keychain.",
    detail,
  );
}

/** The keychain has no secret for a connection (removed outside Shoreline). */
export function secretMissingError(connectionName: string): ShorelineError {
  return new ShorelineError(
    'token_failed',
    `The secret of "${connectionName}" is no longer in this computer's keychain. Edit the connection and enter the secret again.`,
  );
}
