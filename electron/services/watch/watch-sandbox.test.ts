// End to end at service level: watch the Sandbox's audit log through the real HTTP service and token
// manager, with 6 s tokens and a 1 s interval, while the Sandbox drops connections, answers 503 and
// 429 with Retry-After, and Shoreline itself restarts in the middle. Every event must be shown
// exactly once, in order, and the restart must report "N new since you last looked".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addConnectionSchema } from '../../../shared/contract/connections';
import type { PayloadOf } from '../../../shared/contract/index';
import type { WatchInfo } from '../../../shared/contract/watch';
import { createServices, type Services } from '../create-services';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { startSandbox, type Sandbox } from '../sandbox/sandbox';
import { testServiceDependencies } from '../test-support/temp-services';

/** The clock the Sandbox's audit feed follows: held still (no new entries) while the watch learns what exists, then running in real time. Tokens keep real time. */
function holdableClock() {
  let offset = 0;
  let heldAt: number | undefined = Date.now();
  return {
    now: () => heldAt ?? Date.now() + offset,
    hold() {
      heldAt ??= Date.now() + offset;
    },
    run() {
      if (heldAt === undefined) return;
      offset = heldAt - Date.now();
      heldAt = undefined;
    },
  };
}

async function waitFor(what: string | (() => string), check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for: ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
let sandbox: Sandbox;
const clock = holdableClock();
const sandboxStart = clock.now();
const vault = createMemoryVaultForTests();
/** Every item shown by the watch of this test, in the order shown. */
let shown: Array<{ id: string; createdAt?: string; occurredAt?: string }> = [];
let batches = 0;
const phases: WatchInfo[] = [];

function boot(): Services {
  const services = createServices(testServiceDependencies(dir, { vault, watchTuning: { minIntervalSeconds: 1, backoff: { baseMs: 300, maxMs: 2_000 } } }));
  services.bus.subscribe((name, payload) => {
    if (name === 'watch.newItems') {
      batches += 1;
      for (const found of (payload as PayloadOf<'watch.newItems'>).items) shown.push(found.item as { id: string });
    }
    if (name === 'watch.changed') {
      const watch = (payload as PayloadOf<'watch.changed'>).watch;
      if (watch) phases.push(watch);
    }
  });
  return services;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-watch-e2e-'));
  sandbox = await startSandbox({ feedClock: clock.now, tokenTtlSeconds: 6, audit: { intervalMs: 250, perArrival: 2 } });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watching the Sandbox audit log end to end', () => {
  it('shows every event once, in order, across token renewals, 503, 429, dropped connections and a restart', async () => {
    let services = boot();
    const { credentials, tokenUrl, baseUrl } = sandbox;
    const connection = await services.connections.add(addConnectionSchema.parse({ kind: 'client-credentials', name: 'Sandbox', tokenUrl, clientId: credentials.clientId, secret: credentials.clientSecret }));
    const environment = services.environments.create({ name: 'Sandbox test', variables: { baseUrl }, connectionId: connection.id });
    const { id } = await services.watch.start({
      request: { environmentId: environment.id, method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit=4', headers: [] },
      intervalSeconds: 1,
      notify: true,
    });
    await waitFor('the first check', () => services.watch.get(id).checks >= 1);
    expect(services.watch.get(id)).toMatchObject({ phase: 'waiting', mode: 'time', found: 0 });
    const tokensAtStart = sandbox.stats.tokenRequests;

    clock.run();
    await waitFor('events to arrive and be shown', () => shown.length >= 8);
    sandbox.faults.dropConnections(2);
    await waitFor('both dropped connections', () => sandbox.faults.state().done.dropped === 2);
    sandbox.faults.failRequests(503, 1, 1);
    await waitFor('the 503', () => sandbox.faults.state().done.answered503 === 1);
    await pause(1_500);

    // Restart in the middle: everything shown so far is unseen, and events keep arriving meanwhile.
    const shownBeforeRestart = shown.length;
    await services.close();
    await pause(1_500);
    services = boot();
    expect(services.watch.get(id)).toMatchObject({ unseen: shownBeforeRestart, unseenText: `${shownBeforeRestart} new since you last looked`, kept: true });
    services.watch.resumeSaved();
    await waitFor('the first check after the restart', () => shown.length > shownBeforeRestart);

    sandbox.faults.failRequests(429, 2, 1);
    await waitFor('both 429s', () => sandbox.faults.state().done.answered429 === 2);
    await pause(3_500);

    // Stop the Sandbox's time, let the watch catch up with a clean check, and compare with the log itself.
    clock.hold();
    const checksAtHold = services.watch.get(id).checks;
    await waitFor('a clean check after the hold', () => services.watch.get(id).checks >= checksAtHold + 2 && services.watch.get(id).phase === 'waiting');
    const info = services.watch.get(id);
    const token = await services.tokens.getToken(connection.id);
    const since = new Date(sandboxStart).toISOString();
    const log = (await (await fetch(`${baseUrl}/audit-log/v1/logs?limit=2000&filter=${encodeURIComponent(`createdAt gt '${since}'`)}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: Array<{ id: string; createdAt: string }> };
    const expected = [...log.items].reverse();
    await services.close();

    expect(expected.length).toBeGreaterThan(40);
    expect(shown.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(expected.map((e) => e.createdAt)).size).toBeLessThan(expected.length); // events really shared moments
    expect(info).toMatchObject({ phase: 'waiting', unseen: shown.length, found: shown.length });
    expect(info.clause).toMatch(/^createdAt ge '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ'$/);

    // It kept going: tokens were renewed, and each fault was waited out as it asks.
    expect(sandbox.stats.tokenRequests - tokensAtStart).toBeGreaterThanOrEqual(3);
    const retries = phases.filter((p) => p.phase === 'retrying').map((p) => p.retry);
    expect(retries.some((r) => r?.code === 'server_error' && r.asked && r.waitMs === 1_000)).toBe(true);
    expect(retries.some((r) => r?.code === 'rate_limited' && r.asked && r.waitMs === 1_000)).toBe(true);
    expect(retries.some((r) => r !== undefined && !r.asked && ['network', 'unreachable'].includes(r.code))).toBe(true);
    expect(phases.filter((p) => p.phase === 'retrying').map((p) => p.status)).toContain('The server answered 503 Service Unavailable. Retrying in 1 s, as the server asked.');
    expect(phases.some((p) => p.phase === 'stopped')).toBe(false);

    // History holds the checks that found something, not every poll.
    const history = boot().history.list(undefined, 1000).entries;
    expect(history.length).toBe(batches);
    expect(history.length).toBeLessThan(info.checks);
    expect(history.every((entry) => entry.kind === 'fetchAll' && entry.status === 200)).toBe(true);
    shown = [];
  }, 90_000);

  it('watches DSCC audit events the DSCC way (occurredAt, unquoted, whole seconds) with many events per second', async () => {
    const services = boot();
    const { credentials, tokenUrl, baseUrl } = sandbox;
    const connection = await services.connections.add(addConnectionSchema.parse({ kind: 'client-credentials', name: 'Sandbox for DSCC', tokenUrl, clientId: credentials.clientId, secret: credentials.clientSecret }));
    const environment = services.environments.create({ name: 'Sandbox DSCC', variables: { baseUrl }, connectionId: connection.id });
    const { id } = await services.watch.start({
      request: { environmentId: environment.id, method: 'GET', url: '{{baseUrl}}/api/v1/audit-events?limit=3', headers: [] },
      intervalSeconds: 1,
      notify: false,
    });
    await waitFor('the first check', () => services.watch.get(id).checks >= 1);
    const list = async () => {
      const headers = { Authorization: `Bearer ${await services.tokens.getToken(connection.id)}` };
      return ((await (await fetch(`${sandbox.baseUrl}/api/v1/audit-events?limit=1000`, { headers })).json()) as { items: Array<{ id: string; occurredAt: string }> }).items;
    };
    const before = new Set((await list()).map((e) => e.id));
    clock.run();
    await pause(4_000);
    clock.hold();
    const checks = services.watch.get(id).checks;
    await waitFor('a clean check after the hold', () => services.watch.get(id).checks >= checks + 2 && services.watch.get(id).phase === 'waiting');
    const info = services.watch.get(id);
    const log = { items: (await list()).filter((e) => !before.has(e.id)) };
    await services.close();
    const expected = [...log.items].reverse();
    expect(expected.length).toBeGreaterThan(20);
    expect(shown.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(expected.map((e) => e.occurredAt)).size).toBeLessThan(expected.length / 2); // four events a second share a moment
    expect(info.clause).toMatch(/^occurredAt ge \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(info.how).toContain('HPE’s documentation of this API');
  }, 60_000);

  it('stops in words on 401 after a renewed token, on 403 naming the permission, and on 404 — through the real token manager', async () => {
    shown = [];
    const other = await startSandbox();
    const services = boot();
    try {
      const { credentials, tokenUrl, baseUrl } = sandbox;
      const add = (name: string, url: string, clientId: string, secret: string) =>
        services.connections.add(addConnectionSchema.parse({ kind: 'client-credentials', name, tokenUrl: url, clientId, secret }));
      const foreign = await add('Tokens from another issuer', other.tokenUrl, other.credentials.clientId, other.credentials.clientSecret);
      const limited = await add('Limited role', tokenUrl, credentials.limitedClientId, credentials.limitedClientSecret);
      const full = await add('Full role', tokenUrl, credentials.clientId, credentials.clientSecret);
      const env = services.environments.create({ name: 'Stops', variables: { baseUrl } });
      const watchOf = async (url: string, connectionId: string) =>
        (await services.watch.start({ request: { environmentId: env.id, connectionId, method: 'GET', url, headers: [] }, intervalSeconds: 1, notify: false })).id;
      const tokenRequests = other.stats.tokenRequests;
      const unauthorized = await watchOf('{{baseUrl}}/audit-log/v1/logs', foreign.id);
      const forbidden = await watchOf('{{baseUrl}}/api/v1/volumes', limited.id);
      const missing = await watchOf('{{baseUrl}}/api/v1/nothing-here', full.id);
      for (const id of [unauthorized, forbidden, missing]) {
        await waitFor(() => `${services.watch.get(id).request.url} to stop; it is ${services.watch.get(id).phase}: ${services.watch.get(id).status}`, () => services.watch.get(id).phase === 'stopped');
      }
      expect(other.stats.tokenRequests - tokenRequests).toBe(2); // the first token, and the renewal after the 401
      expect(services.watch.get(unauthorized).stop).toMatchObject({ code: 'unauthorized', status: 401 });
      expect(services.watch.get(unauthorized).status).toMatch(/^Stopped: The server refused the token even after Shoreline renewed it \(401\)\. /);
      expect(services.watch.get(forbidden).stop).toMatchObject({ code: 'forbidden', status: 403, permission: 'data-services.volume.read' });
      expect(services.watch.get(forbidden).stop?.reason).toContain('data-services.volume.read');
      expect(services.watch.get(missing).stop).toMatchObject({ code: 'not_found', status: 404 });
      expect(shown).toEqual([]);
    } finally {
      await services.close();
      await other.close();
    }
  }, 60_000);
});
