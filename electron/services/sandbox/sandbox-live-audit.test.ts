// Audit events and logs that keep arriving as an injected clock moves, as a watcher sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { fetchToken, getJson, manualClock, withQuery } from './test-support/sandbox-client';

const start = Date.UTC(2025, 2, 10, 9, 0, 0);
const clock = manualClock(start);
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, tokenTtlSeconds: 86_400 });
  token = await fetchToken(sandbox);
});
afterAll(() => sandbox.close());

type Item = Record<string, unknown>;
async function list(path: string, query: Record<string, string | number>): Promise<{ total: number; items: Item[] }> {
  const response = await getJson(sandbox, withQuery(path, query), token);
  expect(response.status).toBe(200);
  return { total: response.body.total as number, items: response.body.items as Item[] };
}

describe('audit events keep arriving over (injected) time', () => {
  it('starts with a history dated before the start', async () => {
    const events = await list('/api/v1/audit-events', { limit: 1000 });
    expect(events.total).toBe(250);
    for (const event of events.items) expect(Date.parse(event.occurredAt as string)).toBeLessThan(start);
    const logs = await list('/audit-log/v1/logs', { limit: 2000 });
    expect(logs.total).toBe(300);
  });

  it('adds one event and one log every 20 s, newest first', async () => {
    clock.advance(19_999);
    expect((await list('/api/v1/audit-events', { limit: 1 })).total).toBe(250);
    clock.advance(1);
    const one = await list('/api/v1/audit-events', { limit: 1 });
    expect(one.total).toBe(251);
    expect(one.items[0]?.occurredAt).toBe(new Date(start + 20_000).toISOString().replace('.000Z', 'Z'));
    clock.advance(100_000);
    expect((await list('/api/v1/audit-events', { limit: 1 })).total).toBe(256);
    const logs = await list('/audit-log/v2beta1/logs', { limit: 6 });
    expect(logs.total).toBe(306);
    expect(logs.items.map((item) => Date.parse(item.createdAt as string))).toEqual([6, 5, 4, 3, 2, 1].map((k) => start + k * 20_000));
  });

  it("lets a watcher see only new entries with createdAt ge '…' (seed 003 / C6)", async () => {
    const before = await list('/audit-log/v1/logs', { limit: 1 });
    const newest = before.items[0] as Item;
    clock.advance(60_000);
    const since = await list('/audit-log/v1/logs', { filter: `createdAt ge '${newest.createdAt as string}'`, limit: 2000 });
    expect(since.items.map((item) => item.id)).not.toContain(undefined);
    expect(since.total).toBe(4);
    expect(since.items[3]?.id).toBe(newest.id);
    const strictlyNewer = await list('/audit-log/v1/logs', { filter: `createdAt gt '${newest.createdAt as string}'` });
    expect(strictlyNewer.total).toBe(3);
  });

  it('builds each new entry from its index alone: another sandbox started at the same moment agrees', async () => {
    const twinClock = manualClock(start);
    const twin = await startSandbox({ now: twinClock.now, tokenTtlSeconds: 86_400 });
    try {
      twinClock.advance(clock.now() - start);
      const twinToken = await fetchToken(twin);
      for (const path of ['/api/v1/audit-events?limit=20', '/audit-log/v1/logs?limit=20', '/audit-log/v2beta1/logs?limit=20']) {
        const mine = await getJson(sandbox, path, token);
        const theirs = await getJson(twin, path, twinToken);
        expect(theirs.body, path).toEqual(mine.body);
      }
    } finally {
      await twin.close();
    }
  });

  it('shapes v1 items as the scripts of seed 003 read them', async () => {
    const { items } = await list('/audit-log/v1/logs', { limit: 20 });
    for (const item of items) {
      expect(typeof (item.user as Item).username).toBe('string');
      expect(typeof item.description).toBe('string');
      expect(item.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      expect(typeof item.category).toBe('string');
      expect(typeof (item.workspace as Item).workspaceName).toBe('string');
      expect((item.additionalInfo as Item).ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(item.type).toBe('/audit-log/logs');
    }
  });
});
