import { describe, expect, it } from 'vitest';
import { ShorelineError } from '../errors';
import { redacted } from './scrub';
import { clockSkewError, networkErrorCode, tokenNetworkError, tokenResponseError } from './token-errors';

const secret = 'a+b:c%d&e=f';

function fetchFailure(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code }) });
}

describe('networkErrorCode', () => {
  it('finds the code Node hides in cause, or in an AggregateError', () => {
    expect(networkErrorCode(fetchFailure('ECONNREFUSED'))).toBe('ECONNREFUSED');
    const aggregate = Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ENETUNREACH' })]), {});
    expect(networkErrorCode(new TypeError('fetch failed', { cause: aggregate }))).toBe('ENETUNREACH');
    expect(networkErrorCode('nope')).toBeUndefined();
  });
});

describe('tokenNetworkError', () => {
  it.each([
    ['ENOTFOUND', 'unreachable', /could not find the server "sso.example"/],
    ['ECONNREFUSED', 'unreachable', /refused the connection/],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', /could not be trusted/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', /certificate/],
    ['ECONNRESET', 'unreachable', /failed or was cut/],
    ['EWHATEVER', 'network', /could not reach/],
  ])('words %s as %s', (code, expected, words) => {
    const error = tokenNetworkError(fetchFailure(code), 'sso.example');
    expect(error).toBeInstanceOf(ShorelineError);
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(words);
    expect(error.detail).toContain(code);
  });
});

describe('tokenResponseError', () => {
  const json = (status: number, body: unknown, statusText = '') => ({ status, statusText, contentType: 'application/json', body: JSON.stringify(body) });

  it('words invalid_client for a user, detail scrubbed of the secret', () => {
    const error = tokenResponseError(json(401, { error: 'invalid_client', error_description: `bad secret ${secret}` }, 'Unauthorized'), [secret]);
    expect(error.code).toBe('invalid_client');
    expect(error.message).toMatch(/^The client ID or secret was not accepted/);
    expect(error.detail).toMatch(/^HTTP 401 Unauthorized/);
    expect(error.detail).not.toContain(secret);
    expect(error.detail).toContain(redacted);
  });

  it('treats an HTML page as not JSON, whatever its status', () => {
    for (const status of [200, 404]) {
      const error = tokenResponseError({ status, statusText: '', contentType: 'text/html', body: '<html><body>Sign in</body></html>' });
      expect(error.code).toBe('not_json');
      expect(error.message).toMatch(/web page instead of a token/);
      expect(error.detail).toContain('<html>');
    }
  });

  it('distinguishes rate limiting, server problems, scope, missing token and other refusals', () => {
    expect(tokenResponseError(json(429, {}), [], 30).message).toMatch(/wait 30 seconds/);
    expect(tokenResponseError(json(429, {})).code).toBe('rate_limited');
    expect(tokenResponseError(json(503, {})).message).toMatch(/HTTP 503/);
    expect(tokenResponseError(json(400, { error: 'invalid_scope' })).message).toMatch(/scope/);
    expect(tokenResponseError(json(200, { token_type: 'Bearer' })).message).toMatch(/no access token/);
    expect(tokenResponseError({ status: 200, statusText: 'OK', body: 'plain text' }).code).toBe('not_json');
    expect(tokenResponseError(json(400, { error: 'unsupported_grant_type' })).message).toMatch(/unsupported_grant_type/);
    expect(tokenResponseError({ status: 404, statusText: '', body: '' }).message).toMatch(/404/);
  });

  it('never shows a token echoed back in a failing response', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const error = tokenResponseError(json(500, { access_token: token, note: 'x' }));
    expect(error.detail).not.toContain(token);
  });
});

describe('clockSkewError', () => {
  it('shows the token times and the local time, no token', () => {
    const error = clockSkewError(1_000, 900, 2_000_000);
    expect(error.code).toBe('clock_skew');
    expect(error.message).toMatch(/date, time and time zone/);
    expect(error.detail).toContain('1970-01-01T00:16:40.000Z');
    expect(error.detail).toContain("This computer's time: 1970-01-01T00:33:20.000Z");
  });
});
