import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TokenChanged } from '../../../shared/contract/connections';
import { ShorelineError } from '../../../shared/errors';
import { createMemoryVaultForTests, createUnavailableVaultForTests, type MemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import type { SecretVault } from '../keychain/secret-vault';
import { signTestJwt, startTestTokenServer, type TestTokenServer } from './test-token-server';
import { createTokenManager, type TokenSource } from './token-manager';

let server: TestTokenServer;
let clock: number;
let vault: MemoryVaultForTests;
let events: TokenChanged[];
const sources = new Map<string, TokenSource>();

function manager(overrides: { vault?: SecretVault } = {}) {
  return createTokenManager({
    vault: overrides.vault ?? vault,
    lookup: (id) => sources.get(id),
    now: () => clock,
    sleep: async () => undefined,
    emit: (name, payload) => {
      if (name === 'connections.tokenChanged') events.push(payload as TokenChanged);
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<ShorelineError> {
  const thrown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(ShorelineError);
  return thrown as ShorelineError;
}

const whoami = (token: string) => fetch(server.apiUrl, { headers: { Authorization: `Bearer ${token}` } });

beforeEach(async () => {
  clock = Date.UTC(2026, 10, 22, 9, 0, 0);
  server = await startTestTokenServer({ lifetimeSeconds: 30, now: () => clock });
  vault = createMemoryVaultForTests({ 'connection:cc': 'test-secret', 'connection:bad': 'nope' });
  events = [];
  sources.clear();
  const base = { tokenUrl: server.tokenUrl, clientId: 'test-client', clientAuth: 'body' as const, kind: 'client-credentials' as const };
  sources.set('cc', { id: 'cc', name: 'Test', ...base });
  sources.set('bad', { id: 'bad', name: 'Bad', ...base });
});
afterEach(() => server.close());

describe('caching and renewal', () => {
  it('reuses one token until a margin before expires_in, then renews', async () => {
    const tokens = manager();
    const first = await tokens.getToken('cc');
    clock += 24_000; // 30 s lifetime, 5 s margin: still good at 24 s
    expect(await tokens.getToken('cc')).toBe(first);
    expect(server.tokenRequests).toHaveLength(1);
    clock += 1_000; // 25 s: renew
    const second = await tokens.getToken('cc');
    expect(second).not.toBe(first);
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('takes the lifetime from the JWT exp when there is no expires_in', async () => {
    server.options.sendExpiresIn = false;
    server.options.lifetimeSeconds = 600;
    const tokens = manager();
    await tokens.getToken('cc');
    const status = await tokens.status('cc');
    expect(status.expiresAt).toBe(clock + 600_000);
    clock += 539_000;
    await tokens.getToken('cc');
    expect(server.tokenRequests).toHaveLength(1);
    clock += 1_000; // 60 s margin reached
    await tokens.getToken('cc');
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('asks for one token however many callers need it at once', async () => {
    const tokens = manager();
    const all = await Promise.all(Array.from({ length: 50 }, () => tokens.getToken('cc')));
    expect(server.tokenRequests).toHaveLength(1);
    expect(new Set(all).size).toBe(1);
  });

  it('shares one failure among concurrent callers and keeps nothing cached', async () => {
    const tokens = manager();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => tokens.getToken('bad')));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(server.tokenRequests).toHaveLength(1);
    expect((await tokens.status('bad')).state).toBe('none');
  });
});

describe('withToken and 401', () => {
  it('on a 401 drops the token, renews it and retries exactly once', async () => {
    const tokens = manager();
    await tokens.getToken('cc');
    server.revokeAll();
    let calls = 0;
    const response = await tokens.withToken('cc', (token) => {
      calls++;
      return whoami(token);
    });
    expect(response.status).toBe(200);
    expect(calls).toBe(2);
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('never loops: a second 401 is returned to the caller', async () => {
    const tokens = manager();
    let calls = 0;
    const response = await tokens.withToken('cc', async () => {
      calls++;
      return { status: 401 };
    });
    expect(response.status).toBe(401);
    expect(calls).toBe(2);
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('renews once when many calls meet the same 401 together', async () => {
    const tokens = manager();
    await tokens.getToken('cc');
    server.revokeAll();
    const responses = await Promise.all(Array.from({ length: 20 }, () => tokens.withToken('cc', whoami)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(server.tokenRequests).toHaveLength(2);
  });
});

describe('status, renew, copy and test', () => {
  it('shows decoded header and claims, never the token, and announces changes', async () => {
    const tokens = manager();
    expect(await tokens.status('cc')).toEqual({ state: 'none' });
    await tokens.getToken('cc');
    const status = await tokens.status('cc');
    expect(status).toMatchObject({ state: 'valid', obtainedAt: clock, expiresAt: clock + 30_000 });
    expect(status.header).toMatchObject({ alg: 'HS256' });
    expect(status.claims).toMatchObject({ client_id: 'test-client' });
    expect(JSON.stringify(status)).not.toContain(server.issued[0]);
    expect(JSON.stringify(events)).not.toContain(server.issued[0]);
    expect(events.at(-1)).toMatchObject({ connectionId: 'cc', status: { state: 'valid' } });
    clock += 31_000;
    expect((await tokens.status('cc')).state).toBe('expired');
  });

  it('renew always gets a new token; copy returns the raw one', async () => {
    const tokens = manager();
    const first = await tokens.copy('cc');
    expect(first).toBe(server.issued[0]);
    await tokens.renew('cc');
    expect(await tokens.copy('cc')).toBe(server.issued[1]);
  });

  it('test reports success with claims, or the worded error', async () => {
    const tokens = manager();
    const good = await tokens.test({ connectionId: 'cc' });
    expect(good.ok && good.status.claims?.client_id).toBe('test-client');
    const bad = await tokens.test({ connectionId: 'bad' });
    expect(bad.ok ? undefined : bad.error.code).toBe('invalid_client');
    expect(events.at(-1)?.error?.code).toBe('invalid_client');
    const draft = await tokens.test({ tokenUrl: server.tokenUrl, clientId: 'test-client', clientAuth: 'basic', secret: 'test-secret' });
    expect(draft.ok).toBe(true);
  });

  it('invalidate and forget drop the cached token', async () => {
    const tokens = manager();
    const first = await tokens.getToken('cc');
    tokens.invalidate('cc', 'some-other-token');
    expect(await tokens.getToken('cc')).toBe(first);
    tokens.invalidate('cc', first);
    expect((await tokens.status('cc')).state).toBe('none');
    await tokens.getToken('cc');
    tokens.forget('cc');
    expect((await tokens.status('cc')).state).toBe('none');
    expect(server.tokenRequests).toHaveLength(2);
  });
});

describe('pasted tokens', () => {
  beforeEach(() => {
    sources.set('pasted', { id: 'pasted', name: 'Pasted', kind: 'pasted-token', tokenUrl: '', clientId: '', clientAuth: 'body' });
  });

  it('uses the pasted token with its JWT expiry and never asks a token server', async () => {
    const token = signTestJwt({ client_id: 'x', iat: clock / 1000 - 60, exp: clock / 1000 + 600 });
    vault.entries.set('connection:pasted', token);
    const tokens = manager();
    expect((await tokens.status('pasted')).expiresAt).toBe(clock + 600_000);
    expect(await tokens.getToken('pasted')).toBe(token);
    let calls = 0;
    const response = await tokens.withToken('pasted', async () => ({ status: 401, calls: ++calls }));
    expect(response.status).toBe(401);
    expect(calls).toBe(1);
    expect(server.tokenRequests).toHaveLength(0);
  });

  it('says clearly that an expired pasted token must be replaced', async () => {
    vault.entries.set('connection:pasted', signTestJwt({ iat: clock / 1000 - 7200, exp: clock / 1000 - 1 }));
    const tokens = manager();
    expect((await tokens.status('pasted')).state).toBe('expired');
    const error = await failure(tokens.getToken('pasted'));
    expect(error.code).toBe('token_failed');
    expect(error.message).toMatch(/pasted access token expired.*Generate a new one/);
    expect(server.tokenRequests).toHaveLength(0);
  });
});

describe('keychain problems', () => {
  it('a locked keychain is reported as keychain_unavailable, with no token request', async () => {
    const error = await failure(manager({ vault: createUnavailableVaultForTests() }).getToken('cc'));
    expect(error.code).toBe('keychain_unavailable');
    expect(server.tokenRequests).toHaveLength(0);
  });

  it('a secret removed from the keychain is explained', async () => {
    vault.entries.delete('connection:cc');
    const error = await failure(manager().getToken('cc'));
    expect(error.message).toMatch(/no longer in this computer's keychain/);
  });

  it('an unknown connection is not_found', async () => {
    expect((await failure(manager().getToken('nope'))).code).toBe('not_found');
  });
});

describe('a client that authenticates the other way than its server expects', () => {
  const neutral = { status: 401, headers: { 'Content-Type': 'application/json' }, body: '{"error":"invalid_client"}' };

  it('a connection test tries the other way once and says which the server expects', async () => {
    const tokens = manager();
    server.respondNext(neutral);
    const outcome = await tokens.test({ connectionId: 'cc' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'client_auth_mismatch', message: expect.stringContaining('expects the client ID and secret in an HTTP Basic header') } });
    expect(server.tokenRequests.map((r) => (r.headers.authorization ? 'basic' : 'body'))).toEqual(['body', 'basic']);
    // The token the other way brought is not kept: the user decides whether to switch.
    expect((await tokens.status('cc')).state).toBe('none');
    server.respondNext(neutral);
    const draft = await tokens.test({ tokenUrl: server.tokenUrl, clientId: 'test-client', clientAuth: 'body', secret: 'test-secret' });
    expect(draft).toMatchObject({ ok: false, error: { code: 'client_auth_mismatch' } });
  });

  it('an ordinary token request does not try twice when the server does not speak of the way', async () => {
    const tokens = manager();
    server.respondNext(neutral);
    expect((await failure(tokens.getToken('cc'))).code).toBe('invalid_client');
    expect(server.tokenRequests).toHaveLength(1);
  });
});
