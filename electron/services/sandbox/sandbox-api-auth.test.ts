// Bearer authentication on the APIs: missing, expired, forged and foreign tokens, and the limited client's 403.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { fetchToken, getJson, manualClock } from './test-support/sandbox-client';

const clock = manualClock(Date.UTC(2025, 5, 1, 12, 0, 0));
let sandbox: Sandbox;
let other: Sandbox;

beforeAll(async () => {
  [sandbox, other] = await Promise.all([startSandbox({ tokenTtlSeconds: 60, now: clock.now }), startSandbox({ now: clock.now })]);
});
afterAll(() => Promise.all([sandbox.close(), other.close()]));

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

const everyRoute = [
  '/api/v1/storage-systems',
  '/api/v1/volumes',
  '/api/v1/audit-events',
  '/compute-ops/v1beta2/servers',
  '/compute-ops-mgmt/v1beta2/servers',
  '/audit-log/v1/logs',
  '/audit-log/v2beta1/logs',
  '/private-cloud-business/v1beta1/system-software-catalogs',
];

describe('bearer authentication', () => {
  it.each(everyRoute)('answers 401 with a Bearer invalid_token challenge when %s is called without a token', async (path) => {
    const response = await getJson(sandbox, path);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
  });

  it('words a 401 in DSCC style on DSCC paths and GreenLake style elsewhere', async () => {
    const dscc = await getJson(sandbox, '/api/v1/volumes');
    expect(dscc.body).toMatchObject({ errorCode: 'UNAUTHORIZED', httpStatusCode: 401 });
    expect(typeof dscc.body.error).toBe('string');
    expect(typeof dscc.body.traceId).toBe('string');
    const com = await getJson(sandbox, '/compute-ops/v1beta2/servers', 'not-a-jwt');
    expect(com.body).toMatchObject({ httpStatusCode: 401, errorCode: 'HPE_GL_ERROR_UNAUTHORIZED' });
    expect(typeof com.body.message).toBe('string');
    expect(typeof com.body.debugId).toBe('string');
    expect(com.body.errorDetails).toEqual([{ type: 'hpe.greenlake.metadata', source: 'compute-ops-mgmt', metadata: { access_token: 'malformed' } }]);
  });

  it('accepts a fresh token on every route', async () => {
    const token = await fetchToken(sandbox);
    for (const path of everyRoute) expect((await getJson(sandbox, path, token)).status, path).toBe(200);
  });

  it('honours the token until its exp, then answers 401 expired', async () => {
    const token = await fetchToken(sandbox);
    const claims = claimsOf(token);
    expect((claims.exp as number) - (claims.iat as number)).toBe(60);
    clock.advance(59_000);
    expect((await getJson(sandbox, '/api/v1/storage-systems', token)).status).toBe(200);
    clock.advance(1_000);
    const expired = await getJson(sandbox, '/api/v1/storage-systems', token);
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toMatch(/error="invalid_token", error_description="The access token expired\."/);
    expect((await getJson(sandbox, '/api/v1/storage-systems', await fetchToken(sandbox))).status).toBe(200);
  });

  it('refuses a token whose payload was edited (bad signature)', async () => {
    const token = await fetchToken(sandbox);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${part({ ...claimsOf(token), exp: claimsOf(token).exp as number + 3600 })}.${signature}`;
    const response = await getJson(sandbox, '/api/v1/storage-systems', forged);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/signature is invalid/);
  });

  it('refuses a token signed by another key under the same kid', async () => {
    const token = await fetchToken(sandbox);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const input = `${part(headerOf(token))}.${part(claimsOf(token))}`;
    const forged = `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`;
    expect((await getJson(sandbox, '/api/v1/storage-systems', forged)).status).toBe(401);
  });

  it('refuses an unsigned alg=none token', async () => {
    const token = await fetchToken(sandbox);
    const unsigned = `${part({ alg: 'none', typ: 'JWT', kid: headerOf(token).kid })}.${part(claimsOf(token))}.`;
    expect((await getJson(sandbox, '/api/v1/storage-systems', unsigned)).status).toBe(401);
  });

  it("refuses another sandbox's token", async () => {
    const foreign = await fetchToken(other);
    expect((await getJson(other, '/api/v1/storage-systems', foreign)).status).toBe(200);
    expect((await getJson(sandbox, '/api/v1/storage-systems', foreign)).status).toBe(401);
  });

  it('refuses Basic or empty authorization on an API', async () => {
    const response = await fetch(`${sandbox.baseUrl}/api/v1/storage-systems`, { headers: { Authorization: 'Basic YTpi' } });
    expect(response.status).toBe(401);
    const empty = await fetch(`${sandbox.baseUrl}/api/v1/storage-systems`, { headers: { Authorization: 'Bearer ' } });
    expect(empty.status).toBe(401);
  });
});

describe('the limited client', () => {
  let limited: string;
  beforeAll(async () => {
    limited = await fetchToken(sandbox, 'limited');
  });

  it('lacks data-services.volume.read in its token', () => {
    const granted = claimsOf(limited).permissions as string[];
    expect(granted).not.toContain('data-services.volume.read');
    expect(granted).toContain('data-services.storage-system.read');
  });

  it('gets 403 on GET /api/v1/volumes, naming the permission in DSCC style', async () => {
    const response = await getJson(sandbox, '/api/v1/volumes', limited);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ httpStatusCode: 403, errorCode: 'FORBIDDEN', permission: 'data-services.volume.read' });
    expect(response.body.error).toMatch(/Unauthorized user access.*data-services\.volume\.read/);
    expect(typeof response.body.traceId).toBe('string');
  });

  it('still reads everything else', async () => {
    for (const path of everyRoute.filter((p) => p !== '/api/v1/volumes')) {
      expect((await getJson(sandbox, path, limited)).status, path).toBe(200);
    }
  });
});

describe('stats', () => {
  it('counts API requests, not token requests', async () => {
    const token = await fetchToken(sandbox);
    const before = { ...sandbox.stats };
    await getJson(sandbox, '/api/v1/storage-systems', token);
    await getJson(sandbox, '/api/v1/volumes');
    expect(sandbox.stats.apiRequests).toBe(before.apiRequests + 2);
    expect(sandbox.stats.tokenRequests).toBe(before.tokenRequests);
  });
});
