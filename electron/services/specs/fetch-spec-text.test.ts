import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSpecText, fileNameOfUrl } from './fetch-spec-text';

const spec = 'openapi: 3.0.0\ninfo: {title: "Café ☕", version: "1"}\n';
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
/** UTF-16 BE from LE by swapping each pair of bytes. */
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const encoded: Record<string, Buffer> = {
  '/ps51.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(spec)]),
  '/be.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(spec)]),
  '/bom8.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spec, 'utf8')]),
  '/nobom.yaml': utf16le(spec),
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/specs/storage-api.yaml') {
      res.writeHead(200, { 'content-type': 'application/yaml' });
      res.end('openapi: 3.0.0\n');
    } else if (url === '/moved') {
      res.writeHead(302, { location: '/specs/storage-api.yaml' });
      res.end();
    } else if (url === '/declared-huge') {
      res.writeHead(200, { 'content-length': String(60 * 1024 * 1024) });
      res.end();
    } else if (url === '/endless') {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 97);
      const pump = () => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    } else if (url in encoded) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(encoded[url]);
    } else if (url === '/silent') {
      // never answers
    } else {
      res.writeHead(404, 'Not Found');
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchSpecText', () => {
  it('downloads text and names it after the last path segment, following redirects', async () => {
    await expect(fetchSpecText(`${base}/moved`)).resolves.toEqual({ text: 'openapi: 3.0.0\n', fileName: 'storage-api.yaml', finalUrl: `${base}/specs/storage-api.yaml` });
    expect(fileNameOfUrl('https://console-us1.data.cloud.hpe.com/doc/api/v1/storage-api.yaml?x=1')).toBe('storage-api.yaml');
    expect(fileNameOfUrl('https://example.com/')).toBe('example.com');
  });

  it('says what the server answered', async () => {
    await expect(fetchSpecText(`${base}/missing`)).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('answered 404') });
  });

  it('refuses more than the cap, whether declared or streamed', async () => {
    await expect(fetchSpecText(`${base}/declared-huge`)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('60 MB') });
    await expect(fetchSpecText(`${base}/endless`, { maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('gives up on a silent server, and stops when cancelled', async () => {
    await expect(fetchSpecText(`${base}/silent`, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('did not answer') });
    const controller = new AbortController();
    const pending = fetchSpecText(`${base}/silent`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('decodes UTF-16 LE and BE with a byte-order mark (PowerShell 5.1 Out-File) and UTF-8 with one', async () => {
    for (const path of ['/ps51.yaml', '/be.yaml', '/bom8.yaml']) {
      expect((await fetchSpecText(`${base}${path}`)).text).toBe(spec);
    }
  });

  it('says in words that a UTF-16 file has no byte-order mark', async () => {
    await expect(fetchSpecText(`${base}/nobom.yaml`)).rejects.toMatchObject({
      code: 'spec_invalid',
      message: expect.stringMatching(/^nobom\.yaml is saved as UTF-16 text without a byte-order mark/),
    });
  });

  it('words an unreachable host for the user', async () => {
    await expect(fetchSpecText('http://127.0.0.1:1/x.json', { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('could not reach 127.0.0.1:1') });
  });
});
