// Test-only fault controls (dropped connections, 503/429 with Retry-After) and a faster audit feed.
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { fetchToken, getJson, manualClock } from './test-support/sandbox-client';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const auditPath = '/audit-log/v1/logs?limit=1';

async function status(s: Sandbox, path: string, token: string): Promise<number | 'dropped'> {
  try {
    return (await fetch(`${s.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status;
  } catch {
    return 'dropped';
  }
}

describe('sandbox fault controls', () => {
  it('drop the next N API connections without an answer, leaving the token endpoint alone', async () => {
    sandbox = await startSandbox();
    sandbox.faults.dropConnections(2);
    const token = await fetchToken(sandbox);
    expect(await status(sandbox, auditPath, token)).toBe('dropped');
    expect(await status(sandbox, '/api/v1/audit-events?limit=1', token)).toBe('dropped');
    expect(await status(sandbox, auditPath, token)).toBe(200);
    expect(sandbox.faults.state()).toEqual({ pending: { drop: 0 }, done: { dropped: 2, answered503: 0, answered429: 0 } });
  });

  it('answer 503 or 429 with Retry-After for the next N calls, worded as each API family words errors', async () => {
    sandbox = await startSandbox();
    const token = await fetchToken(sandbox);
    sandbox.faults.failRequests(503, 2, 3);
    const first = await getJson(sandbox, auditPath, token);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(first.body).toMatchObject({ httpStatusCode: 503, errorCode: 'HPE_GL_ERROR_SERVICE_UNAVAILABLE' });
    const dscc = await getJson(sandbox, '/api/v1/audit-events?limit=1', token);
    expect(dscc.status).toBe(503);
    expect(dscc.body).toMatchObject({ httpStatusCode: 503, errorCode: 'SERVICE_UNAVAILABLE' });
    expect((await getJson(sandbox, auditPath, token)).status).toBe(200);
    sandbox.faults.failRequests(429, 1);
    const limited = await getJson(sandbox, auditPath, token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.body).toMatchObject({ errorCode: 'HPE_GL_ERROR_TOO_MANY_REQUESTS' });
    expect(sandbox.faults.state().done).toEqual({ dropped: 0, answered503: 2, answered429: 1 });
    sandbox.faults.failRequests(429, 5);
    sandbox.faults.clear();
    expect((await getJson(sandbox, auditPath, token)).status).toBe(200);
    expect(() => sandbox?.faults.failRequests(500 as 503, 1)).toThrow(/503 or 429/);
    expect(() => sandbox?.faults.dropConnections(-1)).toThrow(/whole number/);
  });

  it('are not served over HTTP unless the Sandbox was started in test mode', async () => {
    sandbox = await startSandbox();
    expect(sandbox.faultsUrl).toBeUndefined();
    const token = await fetchToken(sandbox);
    const response = await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{"drop":1}' });
    expect(response.status).toBe(404);
    expect(sandbox.faults.state().pending.drop).toBe(0);
    expect((await getJson(sandbox, '/__sandbox/faults', token)).status).toBe(404);
  });

  it('in test mode, take orders over HTTP at /__sandbox/faults', async () => {
    sandbox = await startSandbox({ testControls: true });
    const url = sandbox.faultsUrl ?? '';
    expect(url).toBe(`${sandbox.baseUrl}/__sandbox/faults`);
    const post = (body: string) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(await (await post('{"status":429,"count":2,"retryAfter":1}')).json()).toEqual({ pending: { drop: 0, fail: { status: 429, count: 2, retryAfterSeconds: 1 } }, done: { dropped: 0, answered503: 0, answered429: 0 } });
    expect(await (await post('{"drop":3}')).json()).toMatchObject({ pending: { drop: 3 } });
    expect((await post('{"status":500}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post('{}')).status).toBe(400);
    expect(await (await fetch(url, { method: 'DELETE' })).json()).toEqual({ pending: { drop: 0 }, done: { dropped: 0, answered503: 0, answered429: 0 } });
  });
});

describe('the audit feed’s pace', () => {
  it('can bring several entries at one moment, as fast as a test asks', async () => {
    const start = Date.UTC(2025, 2, 10, 9);
    const clock = manualClock(start);
    sandbox = await startSandbox({ now: clock.now, tokenTtlSeconds: 86_400, audit: { intervalMs: 500, perArrival: 3 } });
    const token = await fetchToken(sandbox);
    clock.advance(1_000);
    const logs = await getJson(sandbox, '/audit-log/v1/logs?limit=6', token);
    expect(logs.body.total).toBe(306);
    expect((logs.body.items as Array<{ createdAt: string }>).map((i) => i.createdAt)).toEqual([
      ...Array(3).fill('2025-03-10T09:00:01.000000Z'),
      ...Array(3).fill('2025-03-10T09:00:00.500000Z'),
    ]);
    const ids = new Set((logs.body.items as Array<{ id: string }>).map((i) => i.id));
    expect(ids.size).toBe(6);
    const events = await getJson(sandbox, '/api/v1/audit-events?limit=1', token);
    expect(events.body.total).toBe(256);
  });

  it('can follow a clock of its own, so a test can hold the feed still while tokens keep real time', async () => {
    const feed = manualClock(Date.now());
    sandbox = await startSandbox({ feedClock: feed.now, tokenTtlSeconds: 60, audit: { intervalMs: 100 } });
    const token = await fetchToken(sandbox);
    const total = async () => (await getJson(sandbox as Sandbox, '/audit-log/v1/logs?limit=1', token)).body.total;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await total()).toBe(300);
    feed.advance(1_000);
    expect(await total()).toBe(310);
  });
});
