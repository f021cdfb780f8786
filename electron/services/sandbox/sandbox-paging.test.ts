// Paging envelopes of each family, select and sort, over HTTP against a running Sandbox.
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

/** Follows `offset` page by page and returns every item, checking each envelope on the way. */
async function walk(path: string, limit: number, style: 'dscc' | 'greenlake'): Promise<Item[]> {
  const all: Item[] = [];
  for (let offset = 0; ; offset += limit) {
    const response = await get(path, { limit, offset });
    expect(response.status).toBe(200);
    const items = itemsOf(response);
    if (style === 'dscc') expect(response.body).toMatchObject({ pageLimit: limit, pageOffset: offset });
    else expect(response.body).toMatchObject({ count: items.length, offset });
    all.push(...items);
    if (items.length < limit) return all;
  }
}

describe('paging envelopes', () => {
  it('DSCC: {items,total,pageLimit,pageOffset}, 100 a page by default over 350 volumes', async () => {
    const response = await get('/api/v1/volumes');
    expect(Object.keys(response.body).sort()).toEqual(['items', 'pageLimit', 'pageOffset', 'total']);
    expect(response.body).toMatchObject({ total: 350, pageLimit: 100, pageOffset: 0 });
    expect(itemsOf(response)).toHaveLength(100);
    const all = await walk('/api/v1/volumes', 120, 'dscc');
    expect(all).toHaveLength(350);
    expect(new Set(all.map((v) => v.id)).size).toBe(350);
  });

  it('DSCC storage systems and audit events', async () => {
    expect((await get('/api/v1/storage-systems')).body).toMatchObject({ total: 12, pageLimit: 100, pageOffset: 0 });
    const events = await get('/api/v1/audit-events', { limit: 7, offset: 3 });
    expect(events.body).toMatchObject({ total: 250, pageLimit: 7, pageOffset: 3 });
    expect(itemsOf(events)).toHaveLength(7);
    expect((await get('/api/v1/audit-events')).body.pageLimit).toBe(500);
  });

  it('COM: {items,count,offset,total} over 40 servers, on both paths', async () => {
    for (const base of ['/compute-ops/v1beta2/servers', '/compute-ops-mgmt/v1beta2/servers']) {
      const page = await get(base, { limit: 15, offset: 30 });
      expect(Object.keys(page.body).sort()).toEqual(['count', 'items', 'offset', 'total']);
      expect(page.body).toMatchObject({ count: 10, offset: 30, total: 40 });
      const all = await walk(base, 15, 'greenlake');
      expect(new Set(all.map((s) => s.id)).size).toBe(40);
    }
  });

  it('PCBE: {items,count,offset,total}, limit 10 by default', async () => {
    const response = await get('/private-cloud-business/v1beta1/system-software-catalogs');
    expect(response.body).toMatchObject({ count: 8, offset: 0, total: 8 });
    const second = await get('/private-cloud-business/v1beta1/system-software-catalogs', { offset: 5 });
    expect(second.body).toMatchObject({ count: 3, offset: 5, total: 8 });
  });

  it('audit log v1: remainingRecords is true while pages remain, newest first', async () => {
    const first = await get('/audit-log/v1/logs');
    expect(Object.keys(first.body).sort()).toEqual(['count', 'items', 'offset', 'remainingRecords', 'total']);
    expect(first.body).toMatchObject({ count: 50, offset: 0, total: 300, remainingRecords: true });
    const last = await get('/audit-log/v1/logs', { offset: 250 });
    expect(last.body).toMatchObject({ count: 50, offset: 250, remainingRecords: false });
    const times = itemsOf(first).map((item) => Date.parse(item.createdAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('audit log v2beta1: remainingRecords only past 10,000 matches, newest first', async () => {
    const first = await get('/audit-log/v2beta1/logs', { limit: 2000 });
    expect(first.body).toMatchObject({ count: 300, total: 300, remainingRecords: false });
    const times = itemsOf(first).map((item) => Date.parse(item.createdAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('select', () => {
  it('DSCC: keeps only the named fields, nested with .', async () => {
    const response = await get('/api/v1/storage-systems', { select: 'id,collectionStatus.overAllStatus' });
    for (const item of itemsOf(response)) {
      expect(Object.keys(item).sort()).toEqual(['collectionStatus', 'id']);
      expect(Object.keys(item.collectionStatus as Item)).toEqual(['overAllStatus']);
    }
  });

  it('COM: nested with /, prunes objects, and works on an item', async () => {
    const list = await get('/compute-ops/v1beta2/servers', { select: 'id,hardware/health/summary,state/connected', limit: 3 });
    const first = itemsOf(list)[0] as Item;
    expect(first).toEqual({ id: first.id, hardware: { health: { summary: expect.any(String) } }, state: { connected: expect.any(Boolean) } });
    const one = await getJson(sandbox, `/compute-ops/v1beta2/servers/${encodeURIComponent(first.id as string)}?select=name`, token);
    expect(one.body).toEqual({ name: expect.any(String) });
  });

  it('audit log v2beta1: only the documented attributes, always with id and type', async () => {
    const response = await get('/audit-log/v2beta1/logs', { select: 'createdAt, username, category', limit: 2 });
    for (const item of itemsOf(response)) expect(Object.keys(item).sort()).toEqual(['category', 'createdAt', 'id', 'type', 'username']);
    expectGreenLakeError(await get('/audit-log/v2beta1/logs', { select: 'id' }), 400, 'select', /Unsupported select parameter 'id'/);
  });

  it('refuses an unknown field with a 400 that names it', async () => {
    expectDsccError(await get('/api/v1/volumes', { select: 'id,colour' }), 400, /Unknown field 'colour' in select/);
    expectDsccError(await get('/api/v1/storage-systems', { select: 'collectionStatus/overAllStatus' }), 400, /separated with '\.' here/);
  });
});

describe('sort', () => {
  it('DSCC: several fields, as seed 000 does', async () => {
    const items = itemsOf(await get('/api/v1/volumes', { sort: 'systemId asc,sizeMiB desc', select: 'systemId,sizeMiB', limit: 1000 }));
    for (let i = 1; i < items.length; i += 1) {
      const a = items[i - 1] as { systemId: string; sizeMiB: number };
      const b = items[i] as { systemId: string; sizeMiB: number };
      expect(a.systemId <= b.systemId).toBe(true);
      if (a.systemId === b.systemId) expect(a.sizeMiB).toBeGreaterThanOrEqual(b.sizeMiB);
    }
  });

  it('DSCC audit events: one property only', async () => {
    const items = itemsOf(await get('/api/v1/audit-events', { sort: 'occurredAt asc', limit: 20 }));
    const times = items.map((item) => Date.parse(item.occurredAt as string));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expectDsccError(await get('/api/v1/audit-events', { sort: 'state,version desc' }), 400, /Only 1 sort property/);
  });

  it('COM: nested fields and a secondary key', async () => {
    const items = itemsOf(await get('/compute-ops-mgmt/v1beta2/servers', { sort: 'hardware/model desc,name asc', select: 'name,hardware/model' }));
    const keys = items.map((item): [string, string] => [(item.hardware as Item).model as string, item.name as string]);
    const sorted = [...keys].sort(([modelA, nameA], [modelB, nameB]) => (modelA === modelB ? (nameA < nameB ? -1 : 1) : modelA < modelB ? 1 : -1));
    expect(keys).toEqual(sorted);
  });

  it("refuses seed 000's 'name dscc' typo", async () => {
    expectDsccError(await get('/api/v1/storage-systems', { sort: 'id asc, name dscc' }), 400, /Unknown sort direction 'dscc'/);
  });

  it('is not offered where the spec has none (PCBE, audit log v1)', async () => {
    const pcbe = await get('/private-cloud-business/v1beta1/system-software-catalogs', { sort: 'name' });
    expectGreenLakeError(pcbe, 400, 'sort', /Unsupported query parameter 'sort'/);
  });
});

describe('data', () => {
  it('is the same in every sandbox', async () => {
    const second = await startSandbox();
    try {
      const secondToken = await fetchToken(second);
      for (const path of ['/api/v1/volumes?limit=1000', '/compute-ops/v1beta2/servers', '/private-cloud-business/v1beta1/system-software-catalogs']) {
        const a = await getJson(sandbox, path, token);
        const b = await getJson(second, path, secondToken);
        expect(b.body, path).toEqual(a.body);
      }
    } finally {
      await second.close();
    }
  });

  it('GET / lists the endpoints, without credentials', async () => {
    const index = await getJson(sandbox, '/');
    expect(index.body.endpoints).toContain('GET /api/v1/volumes');
    expect(JSON.stringify(index.body)).not.toContain(sandbox.credentials.clientSecret);
  });
});
