import { describe, expect, it } from 'vitest';
import { applyPageStep, readPage } from './pagination';

const dsccBody = {
  items: [
    { id: '2FF70002AC0197B0', name: 'array-01', type: 'storage-system' },
    { id: '2FF70002AC0197B1', name: 'array-02', type: 'storage-system' },
  ],
  total: 5,
  pageLimit: 2,
  pageOffset: 2,
};

describe('readPage', () => {
  it('reads the DSCC envelope and steps forward and back by pageLimit', () => {
    const url = 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems?select=id,name&limit=2&offset=2';
    const info = readPage(dsccBody, url);
    expect(info).toMatchObject({ kind: 'dscc', itemCount: 2, offset: 2, limit: 2, total: 5, hasMore: true, page: 2, pageCount: 3 });
    expect(info?.next).toEqual({ kind: 'query', query: { offset: '4', limit: '2' } });
    expect(info?.previous).toEqual({ kind: 'query', query: { offset: '0', limit: '2' } });
    expect(applyPageStep(url, info!.next!)).toBe('https://eu1.data.cloud.hpe.com/api/v1/storage-systems?select=id,name&limit=2&offset=4');
  });

  it('says the last DSCC page has no more', () => {
    const info = readPage({ ...dsccBody, items: [{ id: 'x' }], pageOffset: 4 }, '');
    expect(info?.hasMore).toBe(false);
    expect(info?.next).toBeUndefined();
  });

  it('reads the COM/GreenLake items/count/offset/total envelope, taking the limit from the request', () => {
    const body = {
      offset: 0,
      count: 3,
      total: 7,
      items: [
        { id: 'P06760-B21+2M212504P8', type: 'compute-ops/server', name: 'srv-1' },
        { id: 'P06760-B21+2M212504P9', type: 'compute-ops/server', name: 'srv-2' },
        { id: 'P06760-B21+2M212504PA', type: 'compute-ops/server', name: 'srv-3' },
      ],
    };
    const info = readPage(body, 'https://us-west2-api.compute.cloud.hpe.com/compute-ops/v1beta2/servers?limit=3');
    expect(info).toMatchObject({ kind: 'offset', offset: 0, limit: 3, total: 7, hasMore: true, pageCount: 3 });
    expect(info?.next).toEqual({ kind: 'query', query: { offset: '3', limit: '3' } });
    expect(info?.previous).toBeUndefined();
  });

  it('uses the page size as the limit when the request gave none (PCBE catalog)', () => {
    const body = { count: 2, offset: 0, total: 4, items: [{ id: 'a' }, { id: 'b' }] };
    expect(readPage(body, 'https://us1.data.cloud.hpe.com/private-cloud-business/v1beta1/system-software-catalogs')?.next).toEqual({
      kind: 'query',
      query: { offset: '2', limit: '2' },
    });
  });

  it('trusts remainingRecords in the audit log even without a total', () => {
    const page = (remainingRecords: boolean) => ({
      items: [{ id: 'e1', category: 'user_management', createdAt: '2023-12-18T09:06:11.000000Z' }],
      count: 1,
      offset: 10,
      remainingRecords,
    });
    const url = "https://global.api.greenlake.hpe.com/audit-log/v1/logs?filter=createdAt ge '2023-07-24T04:21:22.00Z'&limit=1&offset=10";
    const more = readPage(page(true), url);
    expect(more).toMatchObject({ kind: 'audit', hasMore: true });
    expect(more?.next).toEqual({ kind: 'query', query: { offset: '11', limit: '1' } });
    expect(readPage(page(false), url)?.hasMore).toBe(false);
  });

  it('follows a bare next token (GreenLake wellness) as a query parameter', () => {
    const body = { items: [{ id: 'op-1' }], count: 1, total: 40, next: 'b4cf1a6f-1a1f-11ef-9856-20155d97c234' };
    const info = readPage(body, 'https://global.api.greenlake.hpe.com/wellness/v2beta1/events?limit=1');
    expect(info?.next).toEqual({ kind: 'query', query: { next: 'b4cf1a6f-1a1f-11ef-9856-20155d97c234' } });
    expect(applyPageStep('https://h/x?limit=1', info!.next!)).toBe('https://h/x?limit=1&next=b4cf1a6f-1a1f-11ef-9856-20155d97c234');
  });

  it('follows next links, nextCursor tokens and links.next, and stops at an empty cursor', () => {
    expect(readPage({ items: [{}], next: '/api/v2/things?cursor=abc' }, 'https://api.example.com/api/v2/things')?.next).toEqual({ kind: 'url', url: '/api/v2/things?cursor=abc' });
    expect(applyPageStep('https://api.example.com/api/v2/things', { kind: 'url', url: '/api/v2/things?cursor=abc' })).toBe('https://api.example.com/api/v2/things?cursor=abc');
    expect(readPage({ data: [{}], nextCursor: 'Zm9v' }, '')).toMatchObject({ kind: 'cursor', hasMore: true, next: { kind: 'query', query: { cursor: 'Zm9v' } } });
    expect(readPage({ results: [{}], links: { next: { href: 'https://api.example.com/p2' } } }, '')?.next).toEqual({ kind: 'url', url: 'https://api.example.com/p2' });
    expect(readPage({ members: [{}], nextPageUri: '/rest/server-hardware?start=32', prevPageUri: '/rest/server-hardware?start=0' }, '')).toMatchObject({
      next: { kind: 'url', url: '/rest/server-hardware?start=32' },
      previous: { kind: 'url', url: '/rest/server-hardware?start=0' },
    });
    expect(readPage({ items: [{}], next: '' }, '')).toMatchObject({ kind: 'cursor', hasMore: false });
    expect(readPage({ items: [{}], next: null }, '')?.next).toBeUndefined();
  });

  it('does not mistake a plain object or an array for an envelope', () => {
    expect(readPage({ id: 'x', name: 'vol' }, '')).toBeUndefined();
    expect(readPage([{ id: 1 }], '')).toBeUndefined();
    expect(readPage('text', '')).toBeUndefined();
  });
});
