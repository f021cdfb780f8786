import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';
import { WatchProblem } from '../../../shared/watch/watch-problem';
import { classifyNetworkFailure } from '../../../shared/http/network-failure';
import { retryWords, verdictForStatus, verdictOf } from './watch-failure';

function answer(status: number, statusText: string, headers: Record<string, string> = {}): HttpResponse {
  return {
    requestId: 'r',
    status,
    statusText,
    headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
    timing: { totalMs: 1, headersMs: 1 },
    size: 0,
    contentType: '',
    contentKind: 'text',
    body: { kind: 'empty' },
    sent: { method: 'GET', url: 'https://api.example/x', headers: [] },
  };
}

const now = Date.UTC(2025, 2, 10, 9);

describe('what a failed check means for a watch', () => {
  it('waits out 429, 5xx and 408, honouring Retry-After in seconds or as a date', () => {
    expect(verdictForStatus(answer(429, 'Too Many Requests', { 'Retry-After': '30' }), now)).toEqual({ kind: 'retry', code: 'rate_limited', reason: 'The server asked Shoreline to slow down (429 Too Many Requests).', askedMs: 30_000 });
    expect(verdictForStatus(answer(503, 'Service Unavailable', { 'retry-after': new Date(now + 90_000).toUTCString() }), now)).toMatchObject({ kind: 'retry', code: 'server_error', askedMs: 90_000 });
    expect(verdictForStatus(answer(502, 'Bad Gateway'), now)).toEqual({ kind: 'retry', code: 'server_error', reason: 'The server answered 502 Bad Gateway.' });
    expect(verdictForStatus(answer(408, ''), now)).toEqual({ kind: 'retry', code: 'timeout', reason: 'The server answered 408.' });
  });

  it('stops on other 4xx answers', () => {
    expect(verdictForStatus(answer(400, 'Bad Request'), now)).toMatchObject({ kind: 'stop', code: 'rejected', status: 400, reason: 'The server refused the request (400 Bad Request).' });
    expect(verdictForStatus(answer(410, 'Gone'), now)).toMatchObject({ kind: 'stop', code: 'rejected', status: 410 });
  });

  it('keeps going through network failures and token-server trouble, and stops on refused credentials or a request that cannot be sent', () => {
    for (const code of ['unreachable', 'network', 'timeout', 'tls', 'token_failed', 'not_json', 'clock_skew', 'keychain_unavailable'] as const) {
      expect(verdictOf(new ShorelineError(code, `words for ${code}`))).toEqual({ kind: 'retry', code, reason: `words for ${code}` });
    }
    for (const code of ['invalid_client', 'not_found', 'invalid_input', 'read_only'] as const) {
      expect(verdictOf(new ShorelineError(code, `words for ${code}`))).toEqual({ kind: 'stop', code, reason: `words for ${code}` });
    }
    expect(verdictOf(new WatchProblem('too_many', 'Too many.'))).toEqual({ kind: 'stop', code: 'too_many', reason: 'Too many.' });
    expect(verdictOf(new Error('https://host/?access_token=secret'))).toEqual({ kind: 'retry', code: 'internal', reason: 'Something went wrong inside Shoreline while checking.' });
  });
});

describe('retry words', () => {
  it('drops the advice to try again from network failures (the watch does that itself) and keeps the rest', () => {
    const cases: Array<[string[], string]> = [
      [['ECONNRESET'], 'If it keeps happening, a proxy or firewall may be cutting it.'],
      [['UND_ERR_BODY_TIMEOUT'], 'If it keeps happening, ask for less data at once.'],
      [['EAI_AGAIN'], 'connected to the VPN, if one is needed).'],
    ];
    for (const [codes, ending] of cases) {
      const failure = classifyNetworkFailure(codes, 'api.example');
      const verdict = verdictOf(new ShorelineError(failure.code, `${failure.title}. ${failure.advice}`));
      expect(verdict.kind).toBe('retry');
      expect(verdict.reason).toMatch(new RegExp(`${ending.replace(/[.()]/g, '\\$&')}$`));
      expect(verdict.reason).not.toMatch(/try again/i);
    }
    expect(retryWords('Shoreline could not complete the request to api.example. Check that this computer is online and try again.')).toBe(
      'Shoreline could not complete the request to api.example. Check that this computer is online.',
    );
  });
});
