// The filter parameter over HTTP on each family, as the specs' and seeds' examples write it.
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

describe('filter', () => {
  it('DSCC: bare values as its spec examples write them', async () => {
    const systems = itemsOf(await get('/api/v1/storage-systems'));
    const target = systems[4] as Item;
    const byName = itemsOf(await get('/api/v1/storage-systems', { filter: `name eq ${target.name as string}` }));
    expect(byName.map((s) => s.id)).toEqual([target.id]);
    const byWwn = itemsOf(await get('/api/v1/storage-systems', { filter: `systemWWN eq ${target.systemWWN as string}` }));
    expect(byWwn.map((s) => s.id)).toEqual([target.id]);
  });

  it('DSCC: numbers, booleans, and/or with parentheses', async () => {
    const response = await get('/api/v1/volumes', { filter: "(sizeMiB ge 102400 or healthState eq 'DEGRADED') and isInternal eq false", limit: 1000 });
    const items = itemsOf(response);
    expect(items.length).toBeGreaterThan(0);
    expect(response.body.total).toBe(items.length);
    for (const v of items) {
      expect((v.sizeMiB as number) >= 102_400 || v.healthState === 'DEGRADED').toBe(true);
      expect(v.isInternal).toBe(false);
    }
    const all = itemsOf(await get('/api/v1/volumes', { limit: 1000 }));
    const expected = all.filter((v) => ((v.sizeMiB as number) >= 102_400 || v.healthState === 'DEGRADED') && v.isInternal === false);
    expect(items.map((v) => v.id)).toEqual(expected.map((v) => v.id));
  });

  it('DSCC audit events: state and an unquoted date-time, as its spec example', async () => {
    const all = itemsOf(await get('/api/v1/audit-events'));
    const pivot = all[100]?.occurredAt as string;
    const response = await get('/api/v1/audit-events', { filter: `state eq Success and occurredAt gt ${pivot}` });
    const expected = all.filter((e) => e.state === 'Success' && Date.parse(e.occurredAt as string) > Date.parse(pivot));
    expect(itemsOf(response).map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it("audit log: createdAt ge '…' compares instants, whatever the spelling (seed 003)", async () => {
    const all = itemsOf(await get('/audit-log/v1/logs', { limit: 2000 }));
    const pivot = all[40] as Item;
    const microsecondSpelling = pivot.createdAt as string;
    expect(microsecondSpelling).toMatch(/\.\d{6}Z$/);
    const seedSpelling = new Date(Date.parse(microsecondSpelling)).toISOString().replace(/\.(\d\d)\dZ$/, '.$1Z');
    const a = itemsOf(await get('/audit-log/v1/logs', { filter: `createdAt ge '${microsecondSpelling}'`, limit: 2000 }));
    expect(a).toHaveLength(41);
    const b = itemsOf(await get('/audit-log/v1/logs', { filter: `createdAt ge '${seedSpelling}'`, limit: 2000 }));
    expect(b.length).toBeGreaterThanOrEqual(41);
    const zoned = new Date(Date.parse(microsecondSpelling) + 2 * 3600_000).toISOString().replace('Z', '+02:00');
    const c = itemsOf(await get('/audit-log/v1/logs', { filter: `createdAt ge '${zoned}'`, limit: 2000 }));
    expect(c.map((item) => item.id)).toEqual(a.map((item) => item.id));
  });

  it("audit log v1: startTime means createdAt, as seed 003's scripts write it", async () => {
    const all = itemsOf(await get('/audit-log/v1/logs', { limit: 2000 }));
    const pivot = all[9]?.createdAt as string;
    expect(itemsOf(await get('/audit-log/v1/logs', { filter: `startTime ge '${pivot}'` }))).toHaveLength(10);
  });

  it('audit log v1: contains() and the free-text all= search', async () => {
    const out = itemsOf(await get('/audit-log/v1/logs', { filter: "category eq 'User Management' and contains(description, 'logged out')", limit: 2000 }));
    expect(out.length).toBeGreaterThan(0);
    for (const item of out) expect(item.description).toMatch(/logged out/);
    const search = await get('/audit-log/v1/logs', { all: 'ILO Settings', limit: 2000 });
    for (const item of itemsOf(search)) expect(item.category).toBe('ILO Settings');
    expect(search.body.total).toBeGreaterThan(0);
  });

  it('audit log v2beta1: the spec examples work, and undocumented fields are refused', async () => {
    const examples = [
      "category eq 'API Gateway' and createdAt ge '2000-01-16T07:54:55.0Z' and createdAt lt '2999-02-16T07:54:55.0Z'",
      "username eq 'ada.admin@example.com'",
      "serviceOffer/id in ('00000000-0000-0000-0000-000000000000', 'd46569ae-0516-4dd2-81ce-b6d645842acc') and region eq 'us-west'",
      "serviceOffer/id eq '00000000-0000-0000-0000-000000000000'",
    ];
    for (const filter of examples) {
      const response = await get('/audit-log/v2beta1/logs', { filter, limit: 2000 });
      expect(response.status, filter).toBe(200);
      expect(itemsOf(response).length, filter).toBeGreaterThan(0);
    }
    const west = itemsOf(await get('/audit-log/v2beta1/logs', { filter: "region eq 'us-west'", limit: 2000 }));
    for (const item of west) expect((item.serviceOffer as Item).region).toBe('us-west');
    expectGreenLakeError(await get('/audit-log/v2beta1/logs', { filter: "id eq 'x'" }), 400, 'filter', /Unsupported filter parameter 'id' provided/);
  });

  it('COM: ids with + match when encoded as %2B, and not when sent as a bare + (a space)', async () => {
    const first = itemsOf(await get('/compute-ops/v1beta2/servers', { limit: 1 }))[0] as Item;
    const id = first.id as string;
    expect(id).toContain('+');
    const encoded = await getJson(sandbox, `/compute-ops/v1beta2/servers?filter=${encodeURIComponent(`id eq '${id}'`)}`, token);
    expect(itemsOf(encoded).map((s) => s.id)).toEqual([id]);
    const bare = await getJson(sandbox, `/compute-ops/v1beta2/servers?filter=id%20eq%20'${id}'`, token);
    expect(bare.body.total).toBe(0);
  });

  it('COM: nested fields with /, in-lists and not', async () => {
    const all = itemsOf(await get('/compute-ops-mgmt/v1beta2/servers'));
    const connected = itemsOf(await get('/compute-ops-mgmt/v1beta2/servers', { filter: 'state/connected eq true and not (hardware/powerState eq \'OFF\')' }));
    const expected = all.filter((s) => (s.state as Item).connected === true && (s.hardware as Item).powerState !== 'OFF');
    expect(connected.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    const gens = itemsOf(await get('/compute-ops-mgmt/v1beta2/servers', { filter: "hardware/model in ('ProLiant DL380 Gen11', 'ProLiant DL325 Gen11')" }));
    expect(gens.length).toBeGreaterThan(0);
    for (const s of gens) expect((s.hardware as Item).model).toMatch(/Gen11/);
    expectGreenLakeError(await get('/compute-ops-mgmt/v1beta2/servers', { filter: "serverGeneration eq 'GEN_10'" }), 400, 'filter', /Unsupported filter parameter 'serverGeneration'/);
  });

  it('PCBE: nested component fields and dates', async () => {
    const response = await get('/private-cloud-business/v1beta1/system-software-catalogs', {
      filter: "hypervisor/version ge '8' and releaseDate ge '2024-01-01'",
      select: 'name,releaseDate',
    });
    const items = itemsOf(response);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(Date.parse(item.releaseDate as string)).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1));
  });

  it.each([
    ['/api/v1/volumes', "name eq 'x' and", 'dscc', /column 16/],
    ['/api/v1/storage-systems', 'name = x', 'dscc', /column 6: expected an operator/],
    ['/compute-ops/v1beta2/servers', "createdAt ge 'last week'", 'greenlake', /invalid date format 'last week'/],
    ['/audit-log/v1/logs', "createdAt ge '2023-07-24T04:21:22.00Z", 'greenlake', /column 14: the string starting there has no closing quote/],
    ['/private-cloud-business/v1beta1/system-software-catalogs', '))((', 'greenlake', /column 1: expected a field name, found '\)'/],
  ])('answers 400 naming the column for garbage on %s: %j', async (path, filter, style, message) => {
    const response = await get(path, { filter });
    if (style === 'dscc') expectDsccError(response, 400, message);
    else expectGreenLakeError(response, 400, 'filter', message);
  });
});
