import { afterEach, describe, expect, it } from 'vitest';
import type { HttpProgress } from '../../../shared/contract/http';
import { createHttpService, type HttpService } from './http-service';
import type { ParsedSendRequest } from './prepare-request';
import { fakeEnvironments, fakeTokens } from './test-fakes';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
let service: HttpService;
afterEach(async () => {
  await service?.dispose();
  await server?.close();
});

const volumes = Array.from({ length: 23 }, (_, i) => ({ id: `vol-${i}`, name: `volume ${i}` }));

function query(url: string): URLSearchParams {
  return new URL(url, 'http://x').searchParams;
}

/** A DSCC-style list: items/total/pageLimit/pageOffset. */
function dscc(url: string): unknown {
  const q = query(url);
  const offset = Number(q.get('offset') ?? 0);
  const limit = Number(q.get('limit') ?? 10);
  return { items: volumes.slice(offset, offset + limit), total: volumes.length, pageLimit: limit, pageOffset: offset };
}

function request(path: string): ParsedSendRequest {
  return { requestId: 'all-1', environmentId: 'sandbox', method: 'GET', url: `{{baseUrl}}${path}`, headers: [] };
}

function json(res: import('node:http').ServerResponse, body: unknown, status = 200) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

function setup(handler: Parameters<typeof startTestServer>[0], options: Partial<Parameters<typeof createHttpService>[0]> = {}) {
  const progress: HttpProgress[] = [];
  const waits: number[] = [];
  return startTestServer(handler).then((started) => {
    server = started;
    service = createHttpService({
      tokens: fakeTokens(['tok-123456']),
      environments: fakeEnvironments(server.origin),
      emit: (_name, payload) => progress.push(payload),
      sleep: async (ms) => {
        waits.push(ms);
      },
      ...options,
    });
    return { progress, waits };
  });
}

function items(result: { body: { kind: string; text?: string } }): Array<{ id: string }> {
  return result.body.kind === 'text' ? (JSON.parse(result.body.text ?? '[]') as Array<{ id: string }>) : [];
}

describe('http.fetchAll', () => {
  it('walks DSCC pages to the end with progress', async () => {
    const { progress } = await setup((req, res) => json(res, dscc(req.url)));
    const result = await service.fetchAll({ request: request('/api/v1/volumes?select=id'), cap: 5000, pageSize: 10 });
    expect(result).toMatchObject({ fetched: 23, total: 23, pages: 3, complete: true });
    expect(items(result).map((v) => v.id)).toEqual(volumes.map((v) => v.id));
    expect(server.seen.map((r) => r.url)).toEqual([
      '/api/v1/volumes?select=id&limit=10',
      '/api/v1/volumes?select=id&limit=10&offset=10',
      '/api/v1/volumes?select=id&limit=10&offset=20',
    ]);
    expect(progress.map((p) => p.fetched)).toEqual([10, 20, 23]);
    expect(progress[0]).toMatchObject({ requestId: 'all-1', total: 23, pages: 1 });
    expect(server.seen.every((r) => r.headers.authorization === 'Bearer tok-123456')).toBe(true);
  });

  it('stops at the cap', async () => {
    await setup((req, res) => json(res, dscc(req.url)));
    const result = await service.fetchAll({ request: request('/api/v1/volumes'), cap: 15, pageSize: 10 });
    expect(result).toMatchObject({ fetched: 15, complete: false, stoppedBy: 'cap' });
    expect(items(result)).toHaveLength(15);
    expect(server.seen).toHaveLength(2);
  });

  it('waits as Retry-After asks after a 429 (seconds and HTTP date), then goes on', async () => {
    let calls = 0;
    const now = Date.parse('2024-05-01T10:00:00Z');
    const { progress, waits } = await setup(
      (req, res) => {
        calls += 1;
        if (calls === 2) {
          res.setHeader('retry-after', '3');
          return json(res, { message: 'Too many requests' }, 429);
        }
        if (calls === 4) {
          res.setHeader('retry-after', 'Wed, 01 May 2024 10:00:08 GMT');
          return json(res, {}, 429);
        }
        return json(res, dscc(req.url));
      },
      { wallClock: () => now },
    );
    const result = await service.fetchAll({ request: request('/api/v1/volumes'), cap: 5000, pageSize: 10 });
    expect(result).toMatchObject({ fetched: 23, complete: true, pages: 3 });
    expect(waits).toEqual([3000, 8000]);
    expect(progress.filter((p) => p.waitingSeconds !== undefined).map((p) => p.waitingSeconds)).toEqual([3, 8]);
  });

  it('gives up after repeated 429s and returns what it has with advice', async () => {
    const { waits } = await setup((req, res) => (query(req.url).get('offset') ? json(res, {}, 429) : json(res, dscc(req.url))));
    const result = await service.fetchAll({ request: request('/api/v1/volumes'), cap: 5000, pageSize: 10 });
    expect(result).toMatchObject({ fetched: 10, complete: false, stoppedBy: 'error', error: { code: 'rate_limited', status: 429 } });
    expect(result.error?.advice?.title).toBe('Too many requests');
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('follows the audit log by offset until remainingRecords is false', async () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, createdAt: `2023-12-18T09:0${i}:00Z` }));
    await setup((req, res) => {
      const offset = Number(query(req.url).get('offset') ?? 0);
      const page = events.slice(offset, offset + 2);
      json(res, { items: page, count: page.length, offset, remainingRecords: offset + page.length < events.length });
    });
    const result = await service.fetchAll({ request: request("/audit-log/v1/logs?filter=createdAt ge '2023-07-24T04:21:22.00Z'"), cap: 100, pageSize: 2 });
    expect(result).toMatchObject({ fetched: 5, pages: 3, complete: true });
    expect(server.seen[0]?.url).toBe('/audit-log/v1/logs?filter=createdAt%20ge%20%272023-07-24T04%3A21%3A22.00Z%27&limit=2');
  });

  it('follows next cursors, and refuses to send the token to another server', async () => {
    await setup((req, res) => {
      const cursor = query(req.url).get('next');
      if (!cursor) return json(res, { items: [{ id: 'a' }], count: 1, next: 'c2' });
      if (cursor === 'c2') return json(res, { items: [{ id: 'b' }], count: 1, next: 'https://elsewhere.example.com/page3' });
      return json(res, {}, 500);
    });
    const result = await service.fetchAll({ request: request('/wellness/v2beta1/events'), cap: 100 });
    expect(result).toMatchObject({ fetched: 2, complete: false, stoppedBy: 'error' });
    expect(result.error?.message).toContain('elsewhere.example.com');
    expect(server.seen.map((r) => r.url)).toEqual(['/wellness/v2beta1/events', '/wellness/v2beta1/events?next=c2']);
  });

  it('returns what it has when cancelled while waiting, and when a page fails', async () => {
    await setup((req, res) => (query(req.url).get('offset') === '10' ? json(res, {}, 429) : json(res, dscc(req.url))), {
      sleep: (_ms, signal) => {
        service.cancel('all-1');
        return Promise.reject(signal.reason);
      },
    });
    expect(await service.fetchAll({ request: request('/api/v1/volumes'), cap: 100, pageSize: 10 })).toMatchObject({ fetched: 10, stoppedBy: 'cancelled', complete: false });
    await service.dispose();
    await server.close();
    await setup((req, res) => (query(req.url).get('offset') ? json(res, { error: 'boom' }, 500) : json(res, dscc(req.url))));
    const failed = await service.fetchAll({ request: request('/api/v1/volumes'), cap: 100, pageSize: 10 });
    expect(failed).toMatchObject({ fetched: 10, stoppedBy: 'error', error: { status: 500 } });
    expect(failed.error?.advice?.title).toBe('Server error');
  });

  it('keeps a big combined result in main for chunked reading', async () => {
    await setup((req, res) => json(res, dscc(req.url)), { limits: { inlineText: 200 } });
    const result = await service.fetchAll({ request: request('/api/v1/volumes'), cap: 100, pageSize: 10 });
    expect(result.body.kind).toBe('large');
    if (result.body.kind !== 'large') return;
    const chunk = await service.bodyChunk(result.body.id, 0, result.body.size, 'utf8');
    expect(JSON.parse(chunk.data)).toEqual(volumes);
  });

  it('only fetches GET lists', async () => {
    await setup((_req, res) => json(res, {}));
    await expect(service.fetchAll({ request: { ...request('/x'), method: 'POST' }, cap: 10 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
