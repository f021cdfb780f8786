import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpService, type HttpService } from './http-service';
import type { ParsedSendRequest } from './prepare-request';
import { startTestServer, type TestServer } from './test-server';

// A 1×1 transparent PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let server: TestServer;
let service: HttpService;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-body-'));
});
afterEach(async () => {
  await service?.dispose();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string): ParsedSendRequest {
  return { requestId: path, method: 'GET', url: `${server.origin}${path}`, headers: [] };
}

/** 20 MB of JSON whose strings hold two-byte characters, so chunk edges fall inside characters. */
function bigJson(): string {
  const item = { id: 'vol-0000', name: 'volumé-ü-€', comment: 'x'.repeat(180) };
  const items: unknown[] = [];
  let size = 0;
  for (let i = 0; size < 20 * 1024 * 1024; i += 1) {
    const next = { ...item, id: `vol-${i}` };
    items.push(next);
    size += JSON.stringify(next).length + 1;
  }
  return JSON.stringify({ items, total: items.length });
}

describe('response bodies', () => {
  it('keeps a 20 MB JSON body in main and reads it back in chunks that never split a character', async () => {
    const text = bigJson();
    server = await startTestServer((_req, res) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(text);
    });
    service = createHttpService({ tmpDir: dir });
    const response = await service.send(get('/big'));
    expect(response.body.kind).toBe('large');
    if (response.body.kind !== 'large') return;
    expect(response.size).toBe(Buffer.byteLength(text));
    expect(readdirSync(dir)).toHaveLength(1);
    let offset = 0;
    let rebuilt = '';
    for (;;) {
      const chunk = await service.bodyChunk(response.body.id, offset, 1_000_003, 'utf8');
      expect(chunk.data).not.toContain('\uFFFD');
      rebuilt += chunk.data;
      offset = chunk.nextOffset;
      if (chunk.done) break;
    }
    expect(rebuilt).toBe(text);
    const saved = join(dir, 'saved.json');
    expect(await service.saveBody(response.body.id, saved)).toEqual({ path: saved, size: response.size });
    expect(readFileSync(saved, 'utf8')).toBe(text);
    await service.releaseBody(response.body.id);
    expect(readdirSync(dir)).toEqual(['saved.json']);
    await expect(service.bodyChunk(response.body.id, 0, 10, 'utf8')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sends a small image inline as base64 and keeps other binary for chunks', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 0, 9]);
    server = await startTestServer((req, res) => {
      res.setHeader('content-type', req.url === '/png' ? 'image/png' : 'application/octet-stream');
      res.end(req.url === '/png' ? png : bytes);
    });
    service = createHttpService();
    const image = await service.send(get('/png'));
    expect(image.body).toEqual({ kind: 'image', mediaType: 'image/png', base64: png.toString('base64'), size: png.length });
    const binary = await service.send(get('/bin'));
    expect(binary.body.kind).toBe('binary');
    if (binary.body.kind !== 'binary') return;
    const chunk = await service.bodyChunk(binary.body.id, 2, 4, 'base64');
    expect(Buffer.from(chunk.data, 'base64')).toEqual(bytes.subarray(2, 6));
    expect(chunk).toMatchObject({ offset: 2, nextOffset: 6, size: 8, done: false });
  });

  it('shows HTML and plain text as text, decodes the declared charset, and sniffs untyped bodies', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/html') res.setHeader('content-type', 'text/html');
      if (req.url === '/latin1') res.setHeader('content-type', 'text/plain; charset=iso-8859-1');
      if (req.url === '/untyped-json') res.removeHeader('content-type');
      if (req.url === '/latin1') res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
      else res.end(req.url === '/html' ? '<html><body>Maintenance</body></html>' : '{"a":1}');
    });
    service = createHttpService();
    const html = await service.send(get('/html'));
    expect(html).toMatchObject({ contentKind: 'text', body: { kind: 'text', text: '<html><body>Maintenance</body></html>' } });
    expect((await service.send(get('/latin1'))).body).toEqual({ kind: 'text', text: 'café' });
    expect((await service.send(get('/untyped-json'))).contentKind).toBe('json');
  });

  it('stops reading beyond the size limit and says so', async () => {
    server = await startTestServer((_req, res) => res.end('y'.repeat(5000)));
    service = createHttpService({ limits: { maxBody: 1000 } });
    expect((await service.send(get('/huge'))).body).toMatchObject({ kind: 'too_large', limit: 1000 });
  });

  it('answers an empty body as empty', async () => {
    server = await startTestServer((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    service = createHttpService();
    expect((await service.send(get('/none'))).body).toEqual({ kind: 'empty' });
  });
});
