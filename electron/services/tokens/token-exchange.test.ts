import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShorelineError } from '../../../shared/errors';
import { startSandbox } from '../sandbox/sandbox';
import { signTestJwt, startTestTokenServer, type TestTokenServer } from './test-token-server';
import { exchangeClientCredentials, type ExchangeDependencies } from './token-exchange';
import type { ClientCredentials } from './token-request';

const reserved = 'a+b:c%d&e=f';
let server: TestTokenServer;
let sleeps: number[];

function deps(overrides: Partial<ExchangeDependencies> = {}): ExchangeDependencies {
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    now: Date.now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    timeoutMs: 10_000,
    ...overrides,
  };
}

function creds(clientAuth: ClientCredentials['clientAuth'], clientId = 'test-client', scope?: string): ClientCredentials {
  return { tokenUrl: server.tokenUrl, clientId, clientAuth, ...(scope && { scope }) };
}

async function failure(promise: Promise<unknown>): Promise<ShorelineError> {
  const thrown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(ShorelineError);
  return thrown as ShorelineError;
}

beforeAll(async () => {
  server = await startTestTokenServer({ clients: { 'test-client': 'test-secret', 'id+x:y': reserved } });
});
afterAll(() => server.close());

describe('client credentials on the wire', () => {
  it('form body mode sends exactly grant_type, client_id and client_secret, form-encoded', async () => {
    sleeps = [];
    const before = server.tokenRequests.length;
    const token = await exchangeClientCredentials(creds('body', 'id+x:y', 'read write'), reserved, deps());
    const received = server.tokenRequests[before];
    expect(received?.method).toBe('POST');
    expect(received?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(received?.headers.authorization).toBeUndefined();
    expect(received?.body).toBe('grant_type=client_credentials&client_id=id%2Bx%3Ay&client_secret=a%2Bb%3Ac%25d%26e%3Df&scope=read+write');
    expect(token.accessToken).toBe(server.issued.at(-1));
  });

  it('HTTP Basic mode form-encodes id and secret, then base64s them (RFC 6749 §2.3.1)', async () => {
    const before = server.tokenRequests.length;
    await exchangeClientCredentials(creds('basic', 'id+x:y'), reserved, deps());
    const received = server.tokenRequests[before];
    const expected = Buffer.from('id%2Bx%3Ay:a%2Bb%3Ac%25d%26e%3Df').toString('base64');
    expect(received?.headers.authorization).toBe(`Basic ${expected}`);
    expect(received?.body).toBe('grant_type=client_credentials');
  });

  it('a wrong secret is invalid_client in the user\'s words, with a scrubbed raw response', async () => {
    const error = await failure(exchangeClientCredentials(creds('body'), 'wrong+secret', deps()));
    expect(error.code).toBe('invalid_client');
    expect(error.message).toMatch(/client ID or secret was not accepted/);
    expect(error.detail).toMatch(/^HTTP 401/);
    expect(error.detail).toContain('invalid_client');
    expect(`${error.message}${error.detail}`).not.toContain('wrong+secret');
  });

  it('never puts the secret or an echoed token in an error detail', async () => {
    const echoed = signTestJwt({ sub: 'x' });
    server.respondNext({ status: 400, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: 'invalid_request', got: reserved, formGot: 'a%2Bb%3Ac%25d%26e%3Df', access_token: echoed }) });
    const error = await failure(exchangeClientCredentials(creds('body'), reserved, deps()));
    expect(error.detail).toContain('invalid_request');
    for (const leaked of [reserved, 'a%2Bb%3Ac%25d%26e%3Df', echoed]) expect(`${error.message}${error.detail}`).not.toContain(leaked);
  });
});

describe('a client that authenticates the other way than its server expects', () => {
  it('is told which way the token server expects (tried once the other way), against the Sandbox', async () => {
    const sandbox = await startSandbox();
    try {
      const { basicClientId, basicClientSecret, bodyClientId, bodyClientSecret, clientId } = sandbox.credentials;
      const at = (clientAuth: 'body' | 'basic', id: string) => ({ tokenUrl: sandbox.tokenUrl, clientId: id, clientAuth });
      const toBasic = await failure(exchangeClientCredentials(at('body', basicClientId), basicClientSecret, deps()));
      expect(toBasic.code).toBe('client_auth_mismatch');
      expect(toBasic.message).toBe('The token server expects the client ID and secret in an HTTP Basic header, not in the request body. Switch this connection to "HTTP Basic header".');
      expect(toBasic.detail).toContain('registered for HTTP Basic');
      const toBody = await failure(exchangeClientCredentials(at('basic', bodyClientId), bodyClientSecret, deps()));
      expect(toBody.code).toBe('client_auth_mismatch');
      expect(toBody.message).toBe('The token server expects the client ID and secret in the request body, not in an HTTP Basic header. Switch this connection to "Send in the request body".');
      for (const error of [toBasic, toBody]) expect(`${error.message}${error.detail}`).not.toMatch(/secret:sandbox|secret%3Asandbox/);
      // A wrong secret stays a wrong secret, whichever way it is sent.
      expect((await failure(exchangeClientCredentials(at('body', clientId), 'not-the-secret', deps()))).code).toBe('invalid_client');
    } finally {
      await sandbox.close();
    }
  });
});

describe('retries', () => {
  it('honours Retry-After on 429, then succeeds', async () => {
    sleeps = [];
    const before = server.tokenRequests.length;
    server.respondNext({ status: 429, headers: { 'Retry-After': '2' }, body: '' });
    const token = await exchangeClientCredentials(creds('body'), 'test-secret', deps());
    expect(token.accessToken).toBe(server.issued.at(-1));
    expect(sleeps).toEqual([2000]);
    expect(server.tokenRequests.length - before).toBe(2);
  });

  it('gives up after 3 tries on 5xx, with bounded backoff', async () => {
    sleeps = [];
    const before = server.tokenRequests.length;
    const busy = { status: 503, headers: { 'Content-Type': 'text/plain' }, body: 'busy' };
    server.respondNext(busy, busy, busy);
    const error = await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps()));
    expect(error.code).toBe('token_failed');
    expect(error.message).toMatch(/HTTP 503/);
    expect(server.tokenRequests.length - before).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('names the wait a Retry-After asked for when it gives up', async () => {
    sleeps = [];
    const busy = { status: 503, headers: { 'Content-Type': 'text/plain', 'Retry-After': '1' }, body: 'busy' };
    server.respondNext(busy, busy, busy);
    const error = await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps()));
    expect(error.message).toBe('The token server had a problem (HTTP 503). Try again in 1 second.');
    expect(sleeps).toEqual([1000, 1000]);
    const limited = { status: 429, headers: { 'Retry-After': '1' }, body: '' };
    server.respondNext(limited, limited, limited);
    expect((await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps()))).message).toBe(
      'The token server is receiving too many requests. It asks to wait 1 second. Wait a moment and try again.',
    );
  });

  it('does not wait for a Retry-After longer than 30 s: it tells the user', async () => {
    sleeps = [];
    server.respondNext({ status: 429, headers: { 'Retry-After': '120' }, body: '' });
    const error = await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps()));
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/120 seconds/);
    expect(sleeps).toEqual([]);
  });
});

describe('answers that are not tokens', () => {
  it('an HTML page is not_json', async () => {
    server.respondNext({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '<!doctype html><title>Sign in</title>' });
    const error = await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps()));
    expect(error.code).toBe('not_json');
    expect(error.detail).toContain('<!doctype html>');
  });

  it('a redirect is not followed, so credentials never travel elsewhere', async () => {
    server.respondNext({ status: 302, headers: { Location: 'https://elsewhere.example/login' }, body: '' });
    const error = await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps()));
    expect(error.code).toBe('token_failed');
    expect(error.message).toContain('https://elsewhere.example/login');
  });

  it('a token already expired by this clock is clock skew', async () => {
    const skewed = Date.now() + 2 * 3600_000; // this computer is two hours ahead
    const error = await failure(exchangeClientCredentials(creds('body'), 'test-secret', deps({ now: () => skewed })));
    expect(error.code).toBe('clock_skew');
    expect(error.detail).not.toContain(server.issued.at(-1));
  });
});

describe('unreachable servers', () => {
  it('a closed port is unreachable: connection refused', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const closed = { tokenUrl: `http://127.0.0.1:${port}/token`, clientId: 'x', clientAuth: 'body' as const };
    const error = await failure(exchangeClientCredentials(closed, 'test-secret', deps()));
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/refused the connection/);
    expect(error.detail).toContain('ECONNREFUSED');
  });

  it('an unknown host is unreachable: not found', async () => {
    const fetchFails: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND sso.example.invalid'), { code: 'ENOTFOUND' }) });
    };
    const error = await failure(exchangeClientCredentials({ ...creds('body'), tokenUrl: 'https://sso.example.invalid/token' }, 's', deps({ fetch: fetchFails })));
    expect(error.code).toBe('unreachable');
    expect(error.message).toContain('"sso.example.invalid"');
  });

  it('a server that does not answer in time is a timeout', async () => {
    const silent = createNetServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const error = await failure(exchangeClientCredentials({ tokenUrl: `http://127.0.0.1:${port}/t`, clientId: 'x', clientAuth: 'body' }, 's', deps({ timeoutMs: 200 })));
      expect(error.code).toBe('timeout');
    } finally {
      silent.close();
    }
  });

  const hasOpenssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(hasOpenssl)('a self-signed certificate is a TLS failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
      const tls = createHttpsServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_req, res) => res.end('{}'));
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      const { port } = tls.address() as AddressInfo;
      try {
        const error = await failure(exchangeClientCredentials({ tokenUrl: `https://127.0.0.1:${port}/t`, clientId: 'x', clientAuth: 'body' }, 's', deps()));
        expect(error.code).toBe('tls');
        expect(error.message).toMatch(/could not be trusted/);
      } finally {
        tls.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
