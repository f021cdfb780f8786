// Item lookups (COM ids with %2B) and bad input: every mistake gets a 400/404/405 in the API's style, never a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { expectDsccError, expectGreenLakeError, getter, itemsOf, type Item } from './test-support/assertions';
import { fetchToken, getJson } from './test-support/sandbox-client';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = await fetchToken(sandbox);
});
afterAll(() => sandbox.close());

const get = getter(() => sandbox, () => token);

describe('items', () => {
  it('finds a COM server by an id sent with %2B, or with a literal + in the path', async () => {
    const id = (itemsOf(await get('/compute-ops/v1beta2/servers', { limit: 1 }))[0] as Item).id as string;
    const encoded = await getJson(sandbox, `/compute-ops/v1beta2/servers/${id.replace('+', '%2B')}`, token);
    expect(encoded.status).toBe(200);
    expect(encoded.body.id).toBe(id);
    expect(encoded.body.type).toBe('compute-ops/server');
    expect(encoded.body.resourceUri).toBe(`/compute-ops/v1beta2/servers/${id}`);
    expect((await getJson(sandbox, `/compute-ops/v1beta2/servers/${id}`, token)).body.id).toBe(id);
    const current = await getJson(sandbox, `/compute-ops-mgmt/v1beta2/servers/${encodeURIComponent(id)}`, token);
    expect(current.body.type).toBe('compute-ops-mgmt/server');
  });

  it('answers 404 with a hint when the + became a space', async () => {
    const id = (itemsOf(await get('/compute-ops/v1beta2/servers', { limit: 1 }))[0] as Item).id as string;
    const response = await getJson(sandbox, `/compute-ops/v1beta2/servers/${id.replace('+', '%20')}`, token);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ httpStatusCode: 404, errorCode: 'HPE_GL_ERROR_NOT_FOUND' });
    expect(response.body.message).toMatch(/%2B/);
  });

  it('finds storage systems, catalogs and v2beta1 logs by id, and 404s unknown ones', async () => {
    const system = (itemsOf(await get('/api/v1/storage-systems'))[2] as Item).id as string;
    const detail = await getJson(sandbox, `/api/v1/storage-systems/${system}`, token);
    expect(detail.body).toMatchObject({ id: system, fqdn: expect.any(String) });
    expectDsccError(await getJson(sandbox, '/api/v1/storage-systems/NOPE', token), 404);
    const catalog = (itemsOf(await get('/private-cloud-business/v1beta1/system-software-catalogs'))[1] as Item).id as string;
    expect((await getJson(sandbox, `/private-cloud-business/v1beta1/system-software-catalogs/${catalog}`, token)).body.id).toBe(catalog);
    const log = (itemsOf(await get('/audit-log/v2beta1/logs', { limit: 1 }))[0] as Item).id as string;
    expect((await getJson(sandbox, `/audit-log/v2beta1/logs/${log}`, token)).body.id).toBe(log);
    expect((await getJson(sandbox, '/audit-log/v2beta1/logs/nope', token)).status).toBe(404);
  });
});

describe('bad input', () => {
  it.each([
    ['/api/v1/volumes', { limit: -1 }, 'dscc', /Invalid limit value '-1'/],
    ['/api/v1/volumes', { limit: 100000 }, 'dscc', /Maximum allowed limit is 1000/],
    ['/api/v1/volumes', { limit: 'abc' }, 'dscc', /Invalid limit value 'abc'/],
    ['/api/v1/volumes', { offset: -5 }, 'dscc', /Invalid offset value '-5'/],
    ['/compute-ops/v1beta2/servers', { limit: 101 }, 'greenlake', /Maximum allowed limit is 100/],
    ['/audit-log/v1/logs', { limit: 3000 }, 'greenlake', /Invalid limit value '3000' provided\. Maximum allowed limit is 2000\./],
    ['/private-cloud-business/v1beta1/system-software-catalogs', { limit: 5 }, 'greenlake', /Minimum allowed limit is 10/],
  ] as const)('answers 400 for %s with %j', async (path, query, style, message) => {
    const response = await get(path, query);
    const subject = Object.keys(query)[0] as string;
    if (style === 'dscc') {
      expectDsccError(response, 400, message);
      expect(response.body.errorCode).toBe('INVALID_PARAMETER');
    } else expectGreenLakeError(response, 400, subject, message);
  });

  it('answers 400 to unknown and repeated query parameters', async () => {
    expectDsccError(await get('/api/v1/storage-systems', { colour: 'red' }), 400, /Unsupported query parameter 'colour'/);
    expectGreenLakeError(await get('/compute-ops/v1beta2/servers', { pageSize: 5 }), 400, 'pageSize', /Unsupported query parameter 'pageSize'/);
    expectGreenLakeError(await getJson(sandbox, '/audit-log/v1/logs?limit=1&limit=2', token), 400, 'limit', /given 2 times/);
    expectDsccError(await getJson(sandbox, '/api/v1/storage-systems/x?limit=1', token), 400, /accepts: select/);
  });

  it('answers 404 JSON for an unknown path, in the style of its family', async () => {
    const dscc = await getJson(sandbox, '/api/v1/unicorns', token);
    expect(dscc.status).toBe(404);
    expect(dscc.body.errorCode).toBe('NOT_FOUND');
    const other = await getJson(sandbox, '/nowhere/at/all');
    expect(other.status).toBe(404);
    expect(other.body.errorCode).toBe('HPE_GL_ERROR_NOT_FOUND');
  });

  it('answers 405 to a write method on an API path', async () => {
    const response = await getJson(sandbox, '/api/v1/volumes', token, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('answers 400 for a path segment with a broken escape', async () => {
    const response = await getJson(sandbox, '/compute-ops/v1beta2/servers/%E0%A4%A', token);
    expect(response.status).toBe(400);
    expect(response.body.errorCode).toBe('HPE_GL_ERROR_BAD_REQUEST');
  });

  it('keeps serving after a burst of garbage', async () => {
    const garbage = ["'", '(((((', 'a eq', 'not', ',', "contains(,'x')", '\u0000', 'x'.repeat(5000), 'a in ()'];
    for (const filter of garbage) expect((await get('/audit-log/v1/logs', { filter })).status, filter).toBe(400);
    expect((await get('/audit-log/v1/logs', { limit: 1 })).status).toBe(200);
  });
});
