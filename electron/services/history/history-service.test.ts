import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpService } from '../http/http-service';
import { fakeEnvironments, fakeTokens } from '../http/test-fakes';
import { startTestServer } from '../http/test-server';
import { requestFromSent } from '../../../shared/model/request-send';
import { createDocumentStore } from '../store/document-store';
import type { HistoryDraft } from './history-draft';
import { createHistoryService as create, type HistoryService, type HistoryServiceDeps } from './history-service';

const token = 'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiIwMGNmZmY3MCJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
let dir: string;
let clock: number;
const now = () => new Date(Date.UTC(2024, 4, 1, 10, 0, clock++));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-history-'));
  clock = 0;
});
const opened: HistoryService[] = [];
/** Opens a history service over a store in `userDataDir`; flushed before the folder is removed. */
function createHistoryService({ userDataDir, ...deps }: Omit<HistoryServiceDeps, 'store'> & { userDataDir: string }): HistoryService {
  const service = create({ store: createDocumentStore({ folder: userDataDir, by: 'test' }), ...deps });
  opened.push(service);
  return service;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.flush()));
  rmSync(dir, { recursive: true, force: true });
});

function draft(partial: Partial<HistoryDraft> = {}): HistoryDraft {
  const sent = { kind: 'send' as const, method: 'GET' as const, url: 'https://eu1.data.cloud.hpe.com/api/v1/volumes', requestHeaders: [], status: 200, environmentName: 'DSCC EU', ...partial };
  // The request as written: here the URL, headers and body as sent, secrets and all, so redaction must take them out.
  const request = requestFromSent({ method: sent.method, url: sent.url, headers: sent.requestHeaders, ...(sent.requestBody !== undefined && { body: sent.requestBody }) });
  return { request, ...sent };
}

/** The file's record lines (the header line that names the format is not a record). */
const recordLines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').slice(1);

describe('history', () => {
  it('writes nothing secret to disk', async () => {
    const history = createHistoryService({ userDataDir: dir, now });
    history.record(
      draft({
        url: `https://h/api?access_token=${token}&x=1`,
        urlTemplate: '{{baseUrl}}/api?access_token={{t}}',
        requestHeaders: [
          { name: 'Authorization', value: `Bearer ${token}` },
          { name: 'Cookie', value: 'session=abc' },
          { name: 'X-Debug', value: token },
          { name: 'Accept', value: 'application/json' },
        ],
        requestBody: `{"client_secret":"s3cr3t-value","password":"hunter22","note":"Bearer ${token}"}`,
        responseHeaders: [{ name: 'set-cookie', value: 'id=1' }, { name: 'content-type', value: 'application/json' }],
        responseBody: `{"access_token":"${token}","items":[]}`,
        errorMessage: `failed with ${token}`,
      }),
      [token],
    );
    await history.flush();
    const text = readFileSync(history.path, 'utf8');
    for (const secret of [token, 's3cr3t-value', 'hunter22', 'session=abc', 'id=1']) expect(text).not.toContain(secret);
    const entry = history.get(history.list().entries[0]!.id);
    expect(entry.requestHeaders).toEqual([{ name: 'Accept', value: 'application/json' }]);
    expect(entry.url).toBe('https://h/api?access_token=[redacted]&x=1');
    // The request as the model is redacted the same way.
    expect(entry.request.headers).toEqual([{ key: 'Accept', value: 'application/json', enabled: true }]);
    expect(entry.request.query).toEqual([{ key: 'access_token', value: '[redacted]', enabled: true }, { key: 'x', value: '1', enabled: true }]);
    expect(entry.request.body).toMatchObject({ kind: 'json', text: '{"client_secret":"[redacted]","password":"[redacted]","note":"Bearer [redacted]"}' });
  });

  it('keeps the token out of history when the executor records a real send', async () => {
    const server = await startTestServer((req, res) => res.end(`{"seen":"${req.headers.authorization}"}`));
    const history = createHistoryService({ userDataDir: dir, now });
    const http = createHttpService({ tokens: fakeTokens([token]), environments: fakeEnvironments(server.origin), history });
    try {
      const response = await http.send({ requestId: 'r', environmentId: 'sandbox', method: 'GET', url: `{{baseUrl}}/echo?t=${token}`, headers: [] });
      await history.flush();
      expect(readFileSync(history.path, 'utf8')).not.toContain(token);
      expect(history.get(response.historyId!)).toMatchObject({ status: 200, environmentName: 'Sandbox', kind: 'send' });
    } finally {
      await http.dispose();
      await server.close();
    }
  });

  it('searches by every word, newest first', () => {
    const history = createHistoryService({ userDataDir: dir, now });
    history.record(draft({ url: 'https://eu1.data.cloud.hpe.com/api/v1/volumes', status: 200 }), []);
    history.record(draft({ url: 'https://eu1.data.cloud.hpe.com/api/v1/volumes/v9', status: 404 }), []);
    history.record(draft({ method: 'POST', url: 'https://global.api.greenlake.hpe.com/audit-log/v1/logs', status: 201, operationId: 'getAuditLogs', environmentName: 'GreenLake' }), []);
    expect(history.list('volumes').entries.map((e) => e.status)).toEqual([404, 200]);
    expect(history.list('volumes 404').entries).toHaveLength(1);
    expect(history.list('post greenlake').entries[0]?.operationId).toBe('getAuditLogs');
    expect(history.list('AUDITLOGS').total).toBe(1);
    expect(history.list(undefined, 2)).toMatchObject({ total: 3, entries: [{ status: 201 }, { status: 404 }] });
  });

  it('keeps at most the cap, on disk too, and survives a restart', async () => {
    const history = createHistoryService({ userDataDir: dir, now, cap: 5 });
    for (let i = 0; i < 30; i += 1) history.record(draft({ url: `https://h/item/${i}` }), []);
    await history.flush();
    expect(history.list().entries.map((e) => e.url)).toEqual([29, 28, 27, 26, 25].map((i) => `https://h/item/${i}`));
    const lines = recordLines(history.path);
    expect(lines.length).toBeLessThanOrEqual(5 + 10);
    const reopened = createHistoryService({ userDataDir: dir, now, cap: 5 });
    expect(reopened.list().entries.map((e) => e.url)).toEqual(history.list().entries.map((e) => e.url));
    // Opening compacts the file (more lines than kept); let that write finish before the folder goes.
    await reopened.flush();
    expect(recordLines(reopened.path)).toHaveLength(5);
  });

  it('cuts bodies at the size limit', () => {
    const history = createHistoryService({ userDataDir: dir, now, maxBodyBytes: 100 });
    const id = history.record(draft({ responseBody: 'é'.repeat(500) }), [])!;
    const entry = history.get(id);
    expect(Buffer.byteLength(entry.responseBody ?? '')).toBeLessThanOrEqual(100);
    expect(entry.responseBodyTruncated).toBe(true);
  });

  it('deletes and clears, persistently', async () => {
    const history = createHistoryService({ userDataDir: dir, now });
    const first = history.record(draft(), [])!;
    history.record(draft({ url: 'https://h/second' }), []);
    history.delete(first);
    await history.flush();
    expect(createHistoryService({ userDataDir: dir, now }).list().entries.map((e) => e.url)).toEqual(['https://h/second']);
    expect(() => history.get(first)).toThrow(expect.objectContaining({ code: 'not_found' }));
    history.clear();
    await history.flush();
    expect(createHistoryService({ userDataDir: dir, now }).list().total).toBe(0);
  });

  it('keeps a damaged file aside and reports it, keeping the readable entries', async () => {
    const good = JSON.stringify({ id: 'a', time: '2024-01-01T00:00:00Z', method: 'GET', url: 'https://h/ok', requestHeaders: [], kind: 'send' });
    writeFileSync(join(dir, 'history.jsonl'), `${good}\n{not json\n${good.replace('"a"', '"b"')}\n{"cut":`);
    const history = createHistoryService({ userDataDir: dir, now });
    expect(history.list().total).toBe(2);
    expect(history.problems[0]).toMatch(/kept as/);
    expect(readdirSync(dir).some((name) => name.startsWith('history.jsonl.damaged-'))).toBe(true);
    await history.flush();
    expect(createHistoryService({ userDataDir: dir, now }).problems).toEqual([]);
  });
});

describe('a long history', () => {
  it('keeps far more than 500 entries, appending one line per request without rewriting the file', async () => {
    const history = createHistoryService({ userDataDir: dir, now });
    const first = history.record(draft({ url: 'https://h/item/0' }), [])!;
    await history.flush();
    const inode = statSync(history.path).ino;
    let size = statSync(history.path).size;
    for (let i = 1; i < 1500; i += 1) {
      history.record(draft({ url: `https://h/item/${i}` }), []);
      await history.flush();
      const now = statSync(history.path);
      // Each request adds exactly one line at the end of the same file.
      expect(now.ino).toBe(inode);
      expect(now.size).toBeGreaterThan(size);
      size = now.size;
    }
    expect(recordLines(history.path)).toHaveLength(1500);
    expect(history.list(undefined, 1000).total).toBe(1500);
    expect(history.list('item/1499').entries).toHaveLength(1);
    expect(history.get(first).url).toBe('https://h/item/0');
    const reopened = createHistoryService({ userDataDir: dir, now });
    expect(reopened.list().total).toBe(1500);
    expect(reopened.get(first).url).toBe('https://h/item/0');
  });
});
