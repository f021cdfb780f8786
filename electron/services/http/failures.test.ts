import { afterEach, describe, expect, it } from 'vitest';
import { ShorelineError } from '../../../shared/errors';
import type { FetchLike } from './fetch-types';
import { createHttpService, type HttpService } from './http-service';
import type { ParsedSendRequest } from './prepare-request';
import { fakeHistory } from './test-fakes';
import { closedPort, startTestServer, type TestServer } from './test-server';

let server: TestServer | undefined;
let service: HttpService;
afterEach(async () => {
  await service?.dispose();
  await server?.close();
  server = undefined;
});

function get(url: string, partial: Partial<ParsedSendRequest> = {}): ParsedSendRequest {
  return { requestId: 'r1', method: 'GET', url, headers: [], ...partial };
}

async function failure(promise: Promise<unknown>): Promise<ShorelineError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ShorelineError);
  return error as ShorelineError;
}

function throwing(code: string, message: string): FetchLike {
  return async () => {
    throw new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
  };
}

describe('stopping and failing', () => {
  it('cancels a request that is waiting for an answer', async () => {
    server = await startTestServer(() => undefined);
    service = createHttpService();
    const sending = service.send(get(`${server.origin}/slow`));
    await server.received(1);
    expect(service.cancel('r1')).toBe(true);
    expect((await failure(sending)).code).toBe('cancelled');
    expect(service.cancel('r1')).toBe(false);
  });

  it('cancels when the caller goes away', async () => {
    server = await startTestServer(() => undefined);
    service = createHttpService();
    const caller = new AbortController();
    const sending = service.send(get(`${server.origin}/slow`), caller.signal);
    await server.received(1);
    caller.abort();
    expect((await failure(sending)).code).toBe('cancelled');
  });

  it('times out when no answer comes, and says so in words', async () => {
    server = await startTestServer(() => undefined);
    const history = fakeHistory();
    service = createHttpService({ history });
    const error = await failure(service.send(get(`${server.origin}/slow`, { timeoutMs: 200 })));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('127.0.0.1');
    expect(history.drafts[0]).toMatchObject({ errorCode: 'timeout' });
  });

  it('words a closed port as a refused connection, with the raw cause in detail', async () => {
    service = createHttpService();
    const error = await failure(service.send(get(`http://127.0.0.1:${await closedPort()}/x`)));
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/^Connection refused\./);
    expect(error.detail).toContain('ECONNREFUSED');
  });

  it('words name, certificate and reset failures', async () => {
    service = createHttpService({ fetch: throwing('ENOTFOUND', 'getaddrinfo ENOTFOUND eu9.data.cloud.hpe.com') });
    const notFound = await failure(service.send(get('https://eu9.data.cloud.hpe.com/api/v1/volumes')));
    expect(notFound).toMatchObject({ code: 'unreachable' });
    expect(notFound.message).toContain('eu9.data.cloud.hpe.com');
    service = createHttpService({ fetch: throwing('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate') });
    expect((await failure(service.send(get('https://h/x')))).code).toBe('tls');
    service = createHttpService({ fetch: throwing('ECONNRESET', 'socket hang up') });
    expect((await failure(service.send(get('https://h/x')))).message).toMatch(/^Connection cut off\./);
  });

  it('keeps a token out of the error when the cause mentions it', async () => {
    const token = 'secret-token-value-123456';
    service = createHttpService({
      fetch: throwing('ECONNRESET', `reset while sending Bearer ${token}`),
      tokens: { withToken: (_id, send) => send(token) },
    });
    const error = await failure(service.send(get('https://h/x', { connectionId: 'c1' })));
    expect(JSON.stringify({ message: error.message, detail: error.detail })).not.toContain(token);
  });
});
