// GET /openapi.json: public, pointing at this Sandbox, and true: real responses validate against it.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { loadDocValidator, type DocValidator } from './test-support/openapi-doc-validator';
import { fetchToken, getJson, withQuery } from './test-support/sandbox-client';

interface Parameter {
  name: string;
  in: string;
  example: string | number;
}
type Doc = Record<string, unknown> & { paths: Record<string, { get: { parameters: Parameter[] } }> };

let sandbox: Sandbox;
let token: string;
let limited: string;
let doc: Doc;
let validator: DocValidator;

beforeAll(async () => {
  sandbox = await startSandbox();
  [token, limited] = await Promise.all([fetchToken(sandbox), fetchToken(sandbox, 'limited')]);
  doc = (await getJson(sandbox, '/openapi.json')).body as Doc;
  validator = await loadDocValidator(doc);
});
afterAll(() => sandbox.close());

const listPaths = () => Object.keys(doc.paths).filter((path) => !path.endsWith('{id}'));
const examplesOf = (path: string): Record<string, string | number> =>
  Object.fromEntries((doc.paths[path]?.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.example]));

async function expectValid(specPath: string, path: string, status: number, bearer = token): Promise<Record<string, unknown>> {
  const response = await getJson(sandbox, path, bearer);
  expect(response.status, path).toBe(status);
  const partial = /[?&]select=/.test(path);
  expect(validator.errors(specPath, String(status), response.body, { partial }), path).toEqual([]);
  return response.body;
}

function getWithHost(path: string, host: string): Promise<Record<string, unknown>> {
  const { port } = new URL(sandbox.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /openapi.json', () => {
  it('needs no token and names this Sandbox as its server and token URL', async () => {
    const before = sandbox.stats.apiRequests;
    const response = await getJson(sandbox, '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ openapi: '3.0.3', info: { title: 'Shoreline Sandbox — GreenLake look-alike', version: '1.0.0' }, servers: [{ url: sandbox.baseUrl }] });
    expect(response.body.components).toMatchObject({ securitySchemes: { bearer: { flows: { clientCredentials: { tokenUrl: sandbox.tokenUrl } } } } });
    expect(sandbox.openApiUrl).toBe(`${sandbox.baseUrl}/openapi.json`);
    expect((await getJson(sandbox, '/')).body.openApiUrl).toBe(sandbox.openApiUrl);
    expect(sandbox.stats.apiRequests).toBe(before);
    expect(JSON.stringify(response.body)).not.toContain(sandbox.credentials.clientSecret);
  });

  it('follows a localhost Host header, and ignores any other', async () => {
    const { port } = new URL(sandbox.baseUrl);
    expect((await getWithHost('/openapi.json', `localhost:${port}`)).servers).toEqual([{ url: `http://localhost:${port}`, description: 'This Sandbox' }]);
    expect((await getWithHost('/openapi.json', 'attacker.example.com')).servers).toEqual([{ url: sandbox.baseUrl, description: 'This Sandbox' }]);
  });

  it('answers other methods with 405', async () => {
    const response = await fetch(sandbox.openApiUrl, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});

describe('real responses match the document', () => {
  it('every list, whole, with its examples one by one, and all together', async () => {
    for (const path of listPaths()) {
      const examples = examplesOf(path);
      const body = await expectValid(path, withQuery(path, { limit: maxLimit(path) }), 200);
      expect((body.items as unknown[]).length, path).toBe(body.total);
      for (const [name, value] of Object.entries(examples)) {
        const page = await expectValid(path, withQuery(path, { [name]: value }), 200);
        expect((page.items as unknown[]).length, `${path} ${name}=${value} finds something`).toBeGreaterThan(0);
      }
      await expectValid(path, withQuery(path, examples), 200);
    }
  });

  it('every item by id, with and without its select example', async () => {
    for (const path of Object.keys(doc.paths).filter((p) => p.endsWith('{id}'))) {
      const list = await getJson(sandbox, withQuery(path.slice(0, -'/{id}'.length), { limit: maxLimit(path.slice(0, -'/{id}'.length)) }), token);
      const ids = (list.body.items as { id: string }[]).map((item) => item.id);
      expect(ids.length, path).toBeGreaterThan(0);
      for (const id of ids.slice(0, 50)) await expectValid(path, path.replace('{id}', encodeURIComponent(id)), 200);
      const select = examplesOf(path).select;
      if (select !== undefined) await expectValid(path, withQuery(path.replace('{id}', encodeURIComponent(ids[0] as string)), { select }), 200);
      const example = doc.paths[path]?.get.parameters.find((p) => p.name === 'id')?.example;
      expect(ids, `${path} id example`).toContain(example);
      await expectValid(path, path.replace('{id}', 'no-such-id'), 404);
    }
  });

  it('error bodies: 400 and 401 everywhere, 403 with the permission', async () => {
    for (const path of Object.keys(doc.paths)) {
      const concrete = path.replace('{id}', 'x');
      await expectValid(path, `${concrete}?bogus=1`, 400);
      await expectValid(path, concrete, 401, '');
    }
    const forbidden = await expectValid('/api/v1/volumes', '/api/v1/volumes', 403, limited);
    expect(forbidden.permission).toBe('data-services.volume.read');
  });

  it('would catch a field the document does not declare, or one of the wrong type', () => {
    const item = { id: 'x' };
    expect(validator.errors('/api/v1/volumes', '200', { items: [item], total: 1, pageLimit: 1, pageOffset: 0 })).not.toEqual([]);
    expect(validator.errors('/api/v1/volumes', '200', { items: [{ sizeMiB: 'big' }], total: 1, pageLimit: 1, pageOffset: 0 }, { partial: true })).not.toEqual([]);
    expect(validator.errors('/api/v1/volumes', '200', { items: [{ surprise: 1 }], total: 1, pageLimit: 1, pageOffset: 0 }, { partial: true })).not.toEqual([]);
  });
});

function maxLimit(path: string): number {
  const limit = doc.paths[path]?.get.parameters.find((p) => p.name === 'limit') as (Parameter & { schema?: { maximum?: number } }) | undefined;
  return limit?.schema?.maximum ?? 1000;
}
