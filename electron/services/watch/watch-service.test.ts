// The watch service with manual clocks and a stand-in HTTP service: intervals, retries, stops,
// sleep and wake, history and persistence — without real waiting.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../../shared/contract/index';
import { watchStartSchema, type WatchStartInput } from '../../../shared/contract/watch';
import { ShorelineError } from '../../../shared/errors';
import type { OperationDetail } from '../../../shared/openapi/types';
import { SimulatedApi } from '../../../shared/watch/test-support/simulated-api';
import { fakeHistory } from '../http/test-fakes';
import { createDocumentStore } from '../store/document-store';
import { createFakeWatchHttp, type FakeAnswer } from './test-support/fake-watch-http';
import { createManualTime, type ManualTime } from './test-support/manual-time';
import { createWatchService, type WatchService, type WatchServiceDeps } from './watch-service';

let dir: string;
let time: ManualTime;
let events: Array<{ name: string; payload: unknown }>;
const services: WatchService[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-watch-'));
  time = createManualTime();
  events = [];
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.dispose()));
  rmSync(dir, { recursive: true, force: true });
});

const t0 = Date.UTC(2025, 2, 10, 8) * 1000;

function auditApi(pageSize = 3): SimulatedApi {
  const api = new SimulatedApi({ style: 'greenlake', order: 'newest-first', paging: 'offset', pageSize, withIds: true });
  for (let i = 0; i < 5; i += 1) api.add(t0 + i * 1_000_000);
  return api;
}

function service(handler: (url: string) => FakeAnswer | Promise<FakeAnswer>, extra: Partial<WatchServiceDeps> = {}) {
  const http = createFakeWatchHttp(handler);
  const history = fakeHistory();
  const watch = createWatchService({
    stores: createDocumentStore({ folder: dir, by: 'a test' }),
    http,
    history,
    clock: time.clock,
    timers: time.timers,
    emit: (name, payload) => events.push({ name, payload }),
    newId: () => `w${services.length + 1}`,
    ...extra,
  });
  services.push(watch);
  return { watch, http, history };
}

const serve = (api: SimulatedApi) => async (url: string): Promise<FakeAnswer> => ({ body: (await api.fetchPage(url)).body });
const start = (watch: WatchService, input: Partial<Omit<WatchStartInput, 'request'>> = {}) =>
  watch.start(watchStartSchema.parse({ request: { environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit=3' }, ...input }));
const newItems = () => events.filter((e) => e.name === 'watch.newItems').map((e) => e.payload as PayloadOf<'watch.newItems'>);
const ids = (items: Array<{ item: unknown }>) => items.map((i) => (i.item as { id: string }).id);

describe('watch service', () => {
  it('learns what exists, then shows only new items, oldest first, every 60 s by default', async () => {
    const api = auditApi();
    const { watch, http, history } = service(serve(api));
    const info = await start(watch);
    expect(info).toMatchObject({ name: 'GET /audit-log/v1/logs', intervalSeconds: 60, phase: 'starting', kept: true, notify: true });
    await time.advance(0);
    expect(watch.get(info.id)).toMatchObject({ phase: 'waiting', mode: 'time', checks: 1, found: 0 });
    expect(newItems()).toEqual([]);
    api.add(t0 + 10_000_000);
    api.add(t0 + 10_000_000);
    api.add(t0 + 11_000_000);
    const before = http.sent.length;
    await time.advance(59_999);
    expect(http.sent.length).toBe(before);
    await time.advance(1);
    expect(ids(newItems()[0]?.items ?? [])).toEqual(['ev-5', 'ev-6', 'ev-7']);
    const after = watch.get(info.id);
    expect(after).toMatchObject({ unseen: 3, unseenText: '3 new since you last looked', found: 3, checks: 2 });
    expect(after.clause).toBe("createdAt ge '2025-03-10T08:00:04.00Z'");
    // History: one entry for the check that found something, none for the polls that did not.
    await time.advance(60_000 * 5);
    expect(http.sent.at(-1)?.url).toBe("{{baseUrl}}/audit-log/v1/logs?limit=3&filter=createdAt%20ge%20'2025-03-10T08%3A00%3A11.00Z'");
    expect(watch.get(info.id).checks).toBe(7);
    expect(history.drafts).toHaveLength(1);
    expect(history.drafts[0]).toMatchObject({ kind: 'fetchAll', method: 'GET', urlTemplate: '{{baseUrl}}/audit-log/v1/logs?limit=3', status: 200 });
    expect(JSON.parse(history.drafts[0]?.responseBody ?? '[]').map((i: { id: string }) => i.id)).toEqual(['ev-5', 'ev-6', 'ev-7']);
    expect(watch.markSeen(info.id)).toMatchObject({ unseen: 0 });
    expect(watch.markSeen(info.id).unseenText).toBeUndefined();
    expect(ids(watch.items(info.id).items)).toEqual(['ev-5', 'ev-6', 'ev-7']);
  });

  it('watches a HEAD for changes of the resource (ETag, Last-Modified, size), and reads lists from the top', async () => {
    let etag = '"v1"';
    const { watch, http } = service((url) => (url.includes('/report') ? { headers: { ETag: etag, 'Content-Length': '120' } } : { body: { items: [{ id: 'a' }] } }));
    const head = await watch.start(watchStartSchema.parse({ request: { method: 'HEAD', url: 'https://api.example/report' }, intervalSeconds: 5 }));
    await time.advance(0);
    expect(watch.get(head.id)).toMatchObject({ mode: 'single', found: 0 });
    etag = '"v2"';
    await time.advance(5_000);
    await time.advance(5_000);
    expect(newItems().flatMap((n) => n.items.map((i) => i.item))).toEqual([{ status: 200, headers: { etag: '"v2"', 'content-length': '120', 'content-type': 'application/json' } }]);
    await watch.start(watchStartSchema.parse({ request: { method: 'GET', url: '{{baseUrl}}/things?offset=40&limit=20' } }));
    await time.advance(0);
    expect(http.sent.at(-1)?.url).toBe('{{baseUrl}}/things?limit=20');
  });

  it('refuses anything but GET and HEAD, and intervals under 5 s, in words', async () => {
    const { watch } = service(() => ({ body: { items: [] } }));
    await expect(watch.start(watchStartSchema.parse({ request: { method: 'POST', url: 'https://api.example/x' } }))).rejects.toThrow(
      'Only GET and HEAD requests can be watched. A watch repeats its request every few seconds, and repeating a POST would change something each time.',
    );
    // The contract takes any whole second; the service holds its minimum (5 s unless a test lowers it).
    await expect(watch.start(watchStartSchema.parse({ request: { method: 'GET', url: 'https://x' }, intervalSeconds: 4 }))).rejects.toThrow('A watch checks at most every 5 seconds.');
    expect(watchStartSchema.safeParse({ request: { method: 'GET', url: 'https://x' }, intervalSeconds: 0.5 }).success).toBe(false);
    expect(watchStartSchema.parse({ request: { method: 'HEAD', url: 'https://x' } })).toMatchObject({ intervalSeconds: 60, notify: true });
  });

  it('waits as Retry-After asks after a 429, and backs off 5, 10, 20 s after 5xx and dropped connections', async () => {
    const api = auditApi();
    let fail: FakeAnswer | 'drop' | undefined;
    const { watch, http } = service(async (url) => {
      if (fail === 'drop') throw new ShorelineError('network', 'The connection was dropped before the answer was complete.');
      if (fail) return fail;
      return serve(api)(url);
    });
    const { id } = await start(watch, { intervalSeconds: 10 });
    await time.advance(0);
    fail = { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '30' }, body: { message: 'slow down' } };
    await time.advance(10_000);
    expect(watch.get(id)).toMatchObject({ phase: 'retrying', retry: { code: 'rate_limited', attempt: 1, waitMs: 30_000, asked: true } });
    expect(watch.get(id).status).toBe('The server asked Shoreline to slow down (429 Too Many Requests). Retrying in 30 s, as the server asked.');
    const sent = http.sent.length;
    await time.advance(29_999);
    expect(http.sent.length).toBe(sent);
    fail = { status: 503, statusText: 'Service Unavailable', body: {} };
    await time.advance(1);
    expect(watch.get(id).retry).toMatchObject({ code: 'server_error', attempt: 2, waitMs: 10_000, asked: false });
    fail = 'drop';
    await time.advance(10_000);
    expect(watch.get(id).retry).toMatchObject({ code: 'network', attempt: 3, waitMs: 20_000 });
    expect(watch.get(id).status).toBe('The connection was dropped before the answer was complete. Retrying in 20 s.');
    fail = undefined;
    api.add(t0 + 20_000_000);
    await time.advance(20_000);
    expect(watch.get(id)).toMatchObject({ phase: 'waiting', found: 1 });
    expect(watch.get(id).retry).toBeUndefined();
    expect(ids(newItems().flatMap((n) => n.items))).toEqual(['ev-5']);
  });

  it('stops with a reason on 401 after renewal, 403 (naming the permission) and 404', async () => {
    const answers: FakeAnswer[] = [
      { status: 401, statusText: 'Unauthorized', advice: { title: 'Sign-in refused', advice: 'The API did not accept the access token.' } },
      { status: 403, statusText: 'Forbidden', advice: { title: 'Permission missing', advice: 'Ask for a role with audit.read.', permission: 'audit.read' } },
      { status: 404, statusText: 'Not Found' },
    ];
    for (const answer of answers) {
      const { watch } = service(() => answer);
      const { id } = await start(watch);
      await time.advance(0);
      const info = watch.get(id);
      expect(info.phase).toBe('stopped');
      expect(info.stop?.status).toBe(answer.status);
      expect(info.status.startsWith('Stopped: ')).toBe(true);
      expect(time.pendingDelays().filter((d) => d > 10_000)).toEqual([]);
    }
    const stops = services.map((s) => s.list().at(-1)?.stop);
    expect(stops[0]).toMatchObject({ code: 'unauthorized', reason: 'The server refused the token even after Shoreline renewed it (401). Sign-in refused. The API did not accept the access token.' });
    expect(stops[1]).toMatchObject({ code: 'forbidden', permission: 'audit.read' });
    expect(stops[2]?.reason).toMatch(/^The address no longer exists \(404\)/);
  });

  it('checks at once when the computer wakes from sleep (the wall clock jumped, the monotonic did not)', async () => {
    const api = auditApi();
    const { watch, http } = service(serve(api));
    const { id } = await start(watch, { intervalSeconds: 3600 });
    await time.advance(0);
    const sent = http.sent.length;
    api.add(t0 + 30_000_000);
    time.jumpWall(55 * 60_000);
    await time.advance(10_000);
    expect(http.sent.length).toBeGreaterThan(sent);
    expect(watch.get(id)).toMatchObject({ found: 1, note: 'The computer’s clock jumped ahead 55 min (it was probably asleep), so Shoreline checked at once.' });
    time.jumpWall(-3_600_000);
    await time.advance(10_000);
    expect(watch.get(id).note).toBe('The computer’s clock was set back 1 h; the watch carries on, since it follows the server’s times.');
  });

  it('keeps its state across a restart: "N new since you last looked", then goes on with nothing repeated', async () => {
    const api = auditApi();
    const first = service(serve(api));
    const { id } = await start(first.watch, { intervalSeconds: 10 });
    await time.advance(0);
    api.add(t0 + 40_000_000);
    api.add(t0 + 40_000_000);
    await time.advance(10_000);
    await first.watch.dispose();
    api.add(t0 + 40_000_000);
    api.add(t0 + 41_000_000);
    const second = service(serve(api));
    expect(second.watch.get(id)).toMatchObject({ unseen: 2, unseenText: '2 new since you last looked', kept: true });
    second.watch.resumeSaved();
    await time.advance(0);
    expect(second.watch.get(id)).toMatchObject({ unseen: 4, unseenText: '4 new since you last looked', found: 4 });
    expect(ids(newItems().flatMap((n) => n.items))).toEqual(['ev-5', 'ev-6', 'ev-7', 'ev-8']);
    expect(ids(second.watch.items(id).items)).toEqual(['ev-5', 'ev-6', 'ev-7', 'ev-8']);
  });

  it('sends a saved request with its collection scope and own variables at every check, and keeps them across a restart', async () => {
    const first = service(() => ({ body: { items: [{ id: 'a' }] } }));
    const scope = { collectionId: 'dscc', itemId: 'audit' };
    const variables = [{ key: 'limit', value: '5', enabled: true }];
    const { id } = await first.watch.start(
      watchStartSchema.parse({ request: { method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit={{limit}}', scope, variables }, intervalSeconds: 5, origin: { kind: 'saved', id: 'audit' } }),
    );
    await time.advance(0);
    await time.advance(5_000);
    expect(first.http.sent.length).toBe(2);
    expect(first.http.sent.every((sent) => sent.scope?.itemId === 'audit' && sent.variables?.[0]?.value === '5')).toBe(true);
    await first.watch.dispose();
    const second = service(() => ({ body: { items: [] } }));
    expect(second.watch.get(id).request).toMatchObject({ scope, variables });
    second.watch.resumeSaved();
    await time.advance(0);
    expect(second.http.sent.at(-1)).toMatchObject({ scope, variables });
  });

  it('does not keep a watch whose request carries its own credentials', async () => {
    const { watch } = service(() => ({ body: { items: [] } }));
    const info = await watch.start(watchStartSchema.parse({ request: { method: 'GET', url: 'https://api.example/x', headers: [{ name: 'Authorization', value: 'Bearer pasted-secret-token' }] } }));
    expect(info.kept).toBe(false);
    await time.advance(0);
    await watch.dispose();
    // Nothing is kept, so the file is not even written; if it were, the pasted token must not be in it.
    if (existsSync(join(dir, 'watches.json'))) expect(readFileSync(join(dir, 'watches.json'), 'utf8')).not.toContain('pasted-secret-token');
    expect(service(() => ({ body: { items: [] } })).watch.list()).toEqual([]); // and a restart finds no such watch
  });

  it('leaves a damaged saved watch out, says so, and keeps it in the file', async () => {
    const good = service(() => ({ body: { items: [] } }));
    const { id } = await start(good.watch);
    await good.watch.dispose();
    const file = join(dir, 'watches.json');
    const document = JSON.parse(readFileSync(file, 'utf8')) as { data: { watches: unknown[] } };
    document.data.watches.push({ id: 'broken', name: 42 });
    writeFileSync(file, JSON.stringify(document));
    const next = service(() => ({ body: { items: [] } }));
    expect(next.watch.list().map((w) => w.id)).toEqual([id]);
    expect(next.watch.problems).toEqual(['One saved watch could not be read, so it was not started; the file keeps it unchanged. The other watches are fine.']);
    next.watch.markSeen(id);
    expect(readFileSync(file, 'utf8')).toContain('"broken"');
  });

  it('reads how to filter by time from the spec operation the request came from', async () => {
    const operation: OperationDetail = {
      id: 'GET /things',
      specId: 'spec-1',
      method: 'get',
      path: '/things',
      tags: ['x'],
      deprecated: false,
      servers: [],
      findings: [],
      parameters: [{ name: 'filter', in: 'query', required: false, deprecated: false, isArray: false, style: 'form', explode: true, allowReserved: false, example: 'when gt "2024-01-01T00:00:00.000Z"' }],
      responses: [{ status: '200', description: 'OK', headers: [], content: [{ contentType: 'application/json', schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { when: { type: 'string', format: 'date-time' } } } } } } }] }],
    } as unknown as OperationDetail;
    const items = [{ id: 'a', when: '2025-03-10T08:00:00.123Z' }];
    const { watch, http } = service(() => ({ body: { items, total: items.length, count: items.length, offset: 0 } }), { operation: async () => operation });
    const { id } = await watch.start(watchStartSchema.parse({ request: { method: 'GET', url: '{{baseUrl}}/things', operation: { specId: 'spec-1', operationId: 'GET /things' } }, intervalSeconds: 5 }));
    await time.advance(5_000);
    expect(watch.get(id).clause).toBe('when ge "2025-03-10T08:00:00.123Z"');
    expect(http.sent.at(-1)?.url).toBe('{{baseUrl}}/things?filter=when%20ge%20%222025-03-10T08%3A00%3A00.123Z%22');
    expect(watch.get(id).how).toContain('as the API’s spec writes it');
  });

  it('stops, resumes from where it was, updates, and forgets a removed watch', async () => {
    const api = auditApi();
    const { watch } = service(serve(api));
    const { id } = await start(watch, { intervalSeconds: 10 });
    await time.advance(0);
    expect(watch.stop(id)).toMatchObject({ phase: 'stopped', status: 'Stopped.', stop: { code: 'by_user' } });
    api.add(t0 + 50_000_000);
    await time.advance(60_000);
    expect(watch.get(id).found).toBe(0);
    watch.resume(id);
    await time.advance(0);
    expect(watch.get(id)).toMatchObject({ phase: 'waiting', found: 1 });
    expect(watch.update({ id, notify: false, intervalSeconds: 30, name: 'Audit log' })).toMatchObject({ notify: false, intervalSeconds: 30, name: 'Audit log' });
    watch.remove(id);
    expect(service(() => ({ body: { items: [] } })).watch.list()).toEqual([]); // and a restart finds no such watch
    expect(events.at(-1)).toEqual({ name: 'watch.changed', payload: { id, watch: null } });
    expect(() => watch.get(id)).toThrow('This watch no longer exists.');
  });

  it('keeps memory bounded: seen keys and shown items are capped, oldest dropped first', async () => {
    let n = 0;
    const page = () => ({ items: Array.from({ length: 50 }, () => ({ id: `i${(n += 1)}`, createdAt: new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString() })) });
    const { watch } = service(() => ({ body: page() }), { limits: { seenCap: 200 }, recentCap: 30 });
    const { id } = await watch.start(watchStartSchema.parse({ request: { method: 'GET', url: 'https://api.example/feed' }, intervalSeconds: 5 }));
    for (let i = 0; i < 20; i += 1) await time.advance(5_000);
    const stored = (JSON.parse(readFileSync(join(dir, 'watches.json'), 'utf8')) as { data: { watches: Array<{ seen: string[]; recent: unknown[] }> } }).data;
    expect(stored.watches[0]?.seen.length).toBe(200);
    expect(stored.watches[0]?.recent.length).toBe(30);
    expect(watch.items(id, 1000).items).toHaveLength(30);
  });
});
