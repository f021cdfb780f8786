// DSCC responses validated against the real dscc-storage-api-v1.4.0.yaml.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { fetchToken, getJson } from './test-support/sandbox-client';
import { loadSpec, withoutRequired, type SpecValidator } from './test-support/spec-validator';

let spec: SpecValidator;
let sandbox: Sandbox;
let token: string;
let limited: string;

beforeAll(async () => {
  [spec, sandbox] = await Promise.all([loadSpec('dscc-storage-api-v1.4.0.yaml'), startSandbox()]);
  [token, limited] = await Promise.all([fetchToken(sandbox), fetchToken(sandbox, 'limited')]);
});
afterAll(() => sandbox.close());

async function check(path: string, specPath: string, status: string, bearer = token, relax = false): Promise<Record<string, unknown>> {
  const response = await getJson(sandbox, path, bearer);
  expect(response.status).toBe(Number(status));
  const schema = spec.responseSchema(specPath, status);
  expect(spec.errors(relax ? withoutRequired(schema) : schema, response.body)).toEqual([]);
  return response.body;
}

describe('DSCC responses match dscc-storage-api-v1.4.0.yaml', () => {
  it('GET /api/v1/storage-systems (storageSystemSummaryList)', async () => {
    const body = await check('/api/v1/storage-systems', '/api/v1/storage-systems', '200');
    expect(body.items).toHaveLength(12);
  });

  it('GET /api/v1/storage-systems with select', async () => {
    const body = await check('/api/v1/storage-systems?select=id,name,collectionStatus.overAllStatus', '/api/v1/storage-systems', '200', token, true);
    expect(Object.keys((body.items as object[])[0] ?? {}).sort()).toEqual(['collectionStatus', 'id', 'name']);
  });

  it('GET /api/v1/storage-systems/{id} (storageSystemDetail), with and without select', async () => {
    const list = await getJson(sandbox, '/api/v1/storage-systems', token);
    for (const item of list.body.items as { id: string }[]) {
      await check(`/api/v1/storage-systems/${item.id}`, '/api/v1/storage-systems/{id}', '200');
    }
    const first = (list.body.items as { id: string }[])[0]?.id;
    await check(`/api/v1/storage-systems/${first}?select=mgmtIp,state`, '/api/v1/storage-systems/{id}', '200', token, true);
  });

  it('GET /api/v1/volumes (fleetVolumesList), every page, and with select', async () => {
    for (const offset of [0, 100, 200, 300]) await check(`/api/v1/volumes?offset=${offset}`, '/api/v1/volumes', '200');
    await check('/api/v1/volumes?select=id,name,sizeMiB,associatedLinks.type', '/api/v1/volumes', '200', token, true);
  });

  it('GET /api/v1/audit-events (AuditResults), with and without select', async () => {
    await check('/api/v1/audit-events', '/api/v1/audit-events', '200');
    await check('/api/v1/audit-events?select=id,state,associatedResource.name', '/api/v1/audit-events', '200', token, true);
  });

  it('error bodies: 400, 401, 403 and 404', async () => {
    await check('/api/v1/audit-events?sort=a,b', '/api/v1/audit-events', '400');
    await check('/api/v1/storage-systems?limit=-1', '/api/v1/storage-systems', '400');
    await check('/api/v1/storage-systems', '/api/v1/storage-systems', '401', '');
    const forbidden = await check('/api/v1/volumes', '/api/v1/volumes', '403', limited);
    expect(forbidden.permission).toBe('data-services.volume.read');
    await check('/api/v1/storage-systems/UNKNOWN', '/api/v1/storage-systems/{id}', '404');
  });

  it('would catch a response that breaks the spec', () => {
    const schema = spec.responseSchema('/api/v1/volumes', '200');
    expect(spec.errors(schema, { items: [{ sizeMiB: 'big' }], total: 1 })).not.toEqual([]);
    expect(spec.errors(spec.responseSchema('/api/v1/audit-events', '200'), { items: [], total: 0 })).not.toEqual([]);
  });
});
