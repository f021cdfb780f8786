// Compute Ops Management responses validated against the real COM spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { fetchToken, getJson } from './test-support/sandbox-client';
import { loadSpec, withoutRequired, type SpecValidator } from './test-support/spec-validator';

let spec: SpecValidator;
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  [spec, sandbox] = await Promise.all([loadSpec('com-compute-ops-mgmt-latest.json'), startSandbox()]);
  token = await fetchToken(sandbox);
});
afterAll(() => sandbox.close());

const listPath = '/compute-ops-mgmt/v1beta2/servers';
const itemPath = '/compute-ops-mgmt/v1beta2/servers/{id}';
type Item = Record<string, unknown>;

async function check(path: string, specPath: string, status: string, bearer = token, relax = false): Promise<Item> {
  const response = await getJson(sandbox, path, bearer);
  expect(response.status).toBe(Number(status));
  const schema = spec.responseSchema(specPath, status);
  expect(spec.errors(relax ? withoutRequired(schema) : schema, response.body)).toEqual([]);
  return response.body;
}

describe('COM responses match com-compute-ops-mgmt-latest.json (server-v1beta2)', () => {
  it('GET /compute-ops-mgmt/v1beta2/servers, every page, with and without select', async () => {
    for (const offset of [0, 20]) await check(`${listPath}?limit=20&offset=${offset}`, listPath, '200');
    const selected = await check(`${listPath}?select=id,hardware/health/summary,state`, listPath, '200', token, true);
    expect(Object.keys((selected.items as Item[])[0] ?? {}).sort()).toEqual(['hardware', 'id', 'state']);
  });

  it('GET /compute-ops-mgmt/v1beta2/servers/{id} for every server, with and without select', async () => {
    const list = await getJson(sandbox, listPath, token);
    for (const server of list.body.items as Item[]) {
      await check(`${listPath}/${encodeURIComponent(server.id as string)}`, itemPath, '200');
    }
    const first = (list.body.items as Item[])[0]?.id as string;
    await check(`${listPath}/${encodeURIComponent(first)}?select=hardware/bmc/ip,host`, itemPath, '200', token, true);
  });

  it('the older /compute-ops/v1beta2 path serves the same servers under its own type and self link', async () => {
    const legacy = await getJson(sandbox, '/compute-ops/v1beta2/servers', token);
    const items = legacy.body.items as Item[];
    for (const item of items) {
      expect(item.type).toBe('compute-ops/server');
      expect(item.resourceUri).toBe(`/compute-ops/v1beta2/servers/${item.id as string}`);
    }
    // Apart from those two fields the body is what the spec describes.
    const asCurrent = { ...legacy.body, items: items.map((item) => ({ ...item, type: 'compute-ops-mgmt/server' })) };
    expect(spec.errors(spec.responseSchema(listPath, '200'), asCurrent)).toEqual([]);
  });

  it('error bodies: 400, 401 and 404', async () => {
    await check(`${listPath}?filter=${encodeURIComponent('name eq')}`, listPath, '400');
    await check(`${listPath}?limit=500`, listPath, '400');
    await check(listPath, listPath, '401', '');
    await check(`${listPath}/P00000-B21%2BNOPE`, itemPath, '404');
  });

  it('would catch a response that breaks the spec', () => {
    const schema = spec.responseSchema(itemPath, '200');
    expect(spec.errors(schema, { id: 'no-plus', type: 'compute-ops-mgmt/server', generation: 1, createdAt: 'x', updatedAt: 'y' })).not.toEqual([]);
    expect(spec.errors(spec.responseSchema(listPath, '400'), { httpStatusCode: 401, errorCode: 'x', message: 'm', debugId: 'd' })).not.toEqual([]);
  });
});
