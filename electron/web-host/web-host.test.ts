import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryVaultForTests } from '../services/keychain/memory-vault-for-tests';
import { createNodeApp } from './create-node-app';
import { maxBatchCalls, rpcBatchPath } from '../../shared/contract/web-api';
import { startWebHost, type WebHost } from './web-host';

let host: WebHost;
let base: string;
let closeApp: () => Promise<void>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shoreline-web-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Shoreline</title>');
  writeFileSync(join(dir, 'outside.txt'), 'secret outside the renderer');
  const app = await createNodeApp(join(dir, 'user-data'), { vault: createMemoryVaultForTests() });
  closeApp = () => app.services.close();
  host = await startWebHost({ handlers: app.handlers, importSpecBytes: (input, signal) => app.services.specs.importBytes(input, signal), bus: app.services.bus, staticDir });
  base = `http://127.0.0.1:${host.port}`;
});
afterAll(async () => {
  await host.close();
  await closeApp();
});

function rpc(name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/rpc/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Sends a raw request with a chosen Host header (fetch does not allow overriding it). */
function rawStatus(path: string, headers: Record<string, string>, method = 'POST', body = '{}'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('web host', () => {
  it('answers 400 to a path with broken percent-encoding, and logs nothing', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    const errors = vi.spyOn(console, 'error');
    try {
      const page = await fetch(`${base}/%E0%A4%A`);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('not a valid address');
      expect(await fetch(`${base}/assets/%E0%A4%A.js`)).toMatchObject({ status: 400 });
      const command = await rpc('%E0%A4%A', {});
      expect(command.status).toBe(400);
      expect(await command.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('not a valid address') } });
      expect(stderr).not.toHaveBeenCalled();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      errors.mockRestore();
    }
  });

  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a command with its result', async () => {
    const response = await rpc('app.info', {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { name: string; host: string } };
    expect(body.ok).toBe(true);
    expect(body.value).toMatchObject({ name: 'Shoreline', host: 'web' });
  });

  it('refuses a call without the token, or with a wrong one (401)', async () => {
    expect((await fetch(`${base}/rpc/app.info`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await rpc('app.info', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await rpc('app.info', {}, { Authorization: `Bearer ${host.token}x` })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin (403), even with the token', async () => {
    const auth = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    expect(await rawStatus('/rpc/app.info', { ...auth, Host: `evil.example:${host.port}` })).toBe(403);
    expect(await rawStatus('/rpc/app.info', { ...auth, Host: `localhost:${host.port}` })).toBe(403);
    expect(await rawStatus('/', { Host: `rebind.example:${host.port}` }, 'GET', '')).toBe(403);
    expect((await rpc('app.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc('app.info', {}, { Origin: base })).status).toBe(200);
  });

  it('answers 404 for an unknown command', async () => {
    const response = await rpc('nope.never', {});
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
  });

  it('answers 400 with the validation message for wrong types and malformed JSON', async () => {
    const wrong = await rpc('settings.update', { theme: 42 });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain('theme');
    const malformed = await rpc('settings.update', '{"theme": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
  });

  it('answers 413 for a declared body over 10 MB without reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: host.port, path: '/rpc/settings.update', method: 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Content-Length': String(11 * 1024 * 1024) } },
        (res) => { res.resume(); resolve(res.statusCode ?? 0); },
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect((await rpc('app.info', {})).status).toBe(200);
  });

  it('answers 413 for a streamed body that grows past 10 MB, and keeps serving', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      let answered = false;
      const req = httpRequest(
        { host: '127.0.0.1', port: host.port, path: '/rpc/settings.update', method: 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Transfer-Encoding': 'chunked' } },
        (res) => { answered = true; res.resume(); resolve(res.statusCode ?? 0); },
      );
      // The host closes the connection once it has refused; a write after that may fail, which is fine.
      req.on('error', (error) => { if (!answered) reject(error); });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      const writeMore = (left: number) => { if (left > 0 && !answered && req.write(chunk)) writeMore(left - 1); else if (left > 0 && !answered) req.once('drain', () => writeMore(left - 1)); };
      writeMore(12);
    });
    expect(status).toBe(413);
    expect((await rpc('app.info', {})).status).toBe(200);
  });

  it('serves the renderer with a Content-Security-Policy, and nothing outside it', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${base}/..%2Foutside.txt`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('streams events to a client holding the token', async () => {
    const controller = new AbortController();
    const events = await fetch(`${base}/events`, { headers: { Authorization: `Bearer ${host.token}` }, signal: controller.signal });
    expect(events.status).toBe(200);
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // the ": connected" comment
    await rpc('settings.update', { theme: 'dark' });
    let text = '';
    while (!text.includes('\n\n')) text += (await reader.read()).value ?? '';
    expect(text).toContain('event: settings.changed');
    expect(text).toContain('"theme":"dark"');
    controller.abort();
    expect((await fetch(`${base}/events`)).status).toBe(401);
  });

  describe('a batch of commands (POST /rpc-batch)', () => {
    const batch = (body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${host.token}` }) =>
      fetch(`${base}${rpcBatchPath}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

    it('answers each call in order, as its own /rpc/<name> would, and a failed call fails alone', async () => {
      const answer = await batch([{ name: 'settings.get', input: {} }, { name: 'no.such' }, { name: 'specs.list' }, { name: 'settings.update', input: { theme: 42 } }]);
      expect(answer.status).toBe(200);
      const { ok, value } = (await answer.json()) as { ok: boolean; value: unknown[] };
      expect(ok).toBe(true);
      expect(value).toHaveLength(4);
      expect(value[0]).toEqual(await (await rpc('settings.get', {})).json());
      expect(value[1]).toMatchObject({ ok: false, error: { code: 'unknown_command', message: 'There is no command called "no.such".' } });
      expect(value[2]).toEqual(await (await rpc('specs.list', {})).json());
      expect(value[3]).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    });

    it('needs the token, and refuses what is not a list of 1 to 32 named calls, in words', async () => {
      expect((await batch([{ name: 'settings.get' }], {})).status).toBe(401);
      for (const body of ['not json', {}, [], [{ input: {} }], ['settings.get'], Array.from({ length: maxBatchCalls + 1 }, () => ({ name: 'app.info' }))]) {
        const answer = await batch(body);
        expect(answer.status, JSON.stringify(body).slice(0, 40)).toBe(400);
        expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not valid JSON|list of 1 to 32 commands/) } });
      }
      expect((await fetch(`${base}${rpcBatchPath}`, { headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(405);
    });
  });

  describe('spec upload (one binary body)', () => {
    const spec = (title: string) => `openapi: 3.0.3\ninfo: {title: "${title}", version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: OK}\n`;
    const upload = (body: Uint8Array | string, query: string, headers: Record<string, string> = { Authorization: `Bearer ${host.token}` }) =>
      fetch(`${base}/upload/spec?${query}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', ...headers }, body });

    it('imports the file\'s bytes as specs.importText would, UTF-8 or UTF-16 with a byte-order mark', async () => {
      const utf8 = await upload(spec('Café ☕ upload'), 'fileName=cafe.yaml');
      expect(utf8.status).toBe(200);
      expect(await utf8.json()).toMatchObject({ ok: true, value: { spec: { title: 'Café ☕ upload', source: { kind: 'file', fileName: 'cafe.yaml' }, operationCount: 1 } } });
      const wide = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spec('Wide upload'), 'utf16le')]);
      expect(await (await upload(wide, 'fileName=wide.yaml&asNew=true')).json()).toMatchObject({ ok: true, value: { spec: { title: 'Wide upload' } } });
    });

    it('refuses in words: no token, UTF-16 without a mark, not a spec, over 100 MB declared', async () => {
      expect((await upload(spec('No token'), 'fileName=x.yaml', {})).status).toBe(401);
      const unmarked = await upload(Buffer.from(spec('Unmarked'), 'utf16le'), 'fileName=unmarked.yaml');
      expect(unmarked.status).toBe(400);
      expect(await unmarked.json()).toMatchObject({ ok: false, error: { code: 'spec_invalid', message: expect.stringMatching(/^This file is saved as UTF-16 text without a byte-order mark/) } });
      expect(await (await upload('name: not a spec\n', 'fileName=notes.yaml')).json()).toMatchObject({ ok: false, error: { code: 'spec_invalid' } });
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: host.port, path: '/upload/spec?fileName=huge.json', method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Length': String(101 * 1024 * 1024) } },
          (res) => { res.resume(); resolve(res.statusCode ?? 0); },
        );
        req.on('error', reject);
        req.flushHeaders();
      });
      expect(status).toBe(413);
      expect((await rpc('app.info', {})).status).toBe(200);
      const titles = ((await (await rpc('specs.list', {})).json()) as { value: { title: string }[] }).value.map((s) => s.title);
      expect(titles).not.toContain('Unmarked');
      expect(titles).not.toContain('No token');
    });
  });
});
