import { describe, expect, it } from 'vitest';
import type { SendRequest } from '../../../shared/contract/http';
import type { PageInfo } from '../../../shared/http/pagination';
import { firstPageRequest, newRequestId, pageRequest, pageSummary } from './page-request';

const request: SendRequest = {
  requestId: 'r1',
  environmentId: 'env',
  method: 'GET',
  url: '{{baseUrl}}/api/v1/storage-systems?limit=50&offset=50&select=id,name',
  headers: [{ name: 'Accept', value: 'application/json' }],
};
const sent = 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems?limit=50&offset=50&select=id,name';

describe('pageRequest', () => {
  it('sets offset and limit on the written URL for query steps, keeping variables and other params', () => {
    const next = pageRequest(request, { kind: 'query', query: { offset: '100', limit: '50' } }, sent, 'r2');
    expect(next).toEqual({ ...request, requestId: 'r2', url: '{{baseUrl}}/api/v1/storage-systems?limit=50&offset=100&select=id,name' });
  });
  it('follows an absolute next link as it is', () => {
    const next = pageRequest(request, { kind: 'url', url: 'https://x.example/items?cursor=abc' }, sent, 'r2');
    expect(next.url).toBe('https://x.example/items?cursor=abc');
  });
  it('resolves a root-relative link against the sent URL when the written one starts with a variable', () => {
    const next = pageRequest(request, { kind: 'url', url: '/api/v1/storage-systems?next=abc' }, sent, 'r2');
    expect(next.url).toBe('https://eu1.data.cloud.hpe.com/api/v1/storage-systems?next=abc');
  });
  it('resolves a relative link against the written URL when it has an origin', () => {
    const written = { ...request, url: 'https://a.example/v1/servers?limit=2' };
    expect(pageRequest(written, { kind: 'url', url: '?limit=2&next=xyz' }, sent, 'r2').url).toBe('https://a.example/v1/servers?limit=2&next=xyz');
  });
  it('encodes values the way GreenLake needs (a + becomes %2B)', () => {
    expect(pageRequest(request, { kind: 'query', query: { next: 'a+b' } }, sent, 'r2').url).toContain('next=a%2Bb');
  });
  it('gives every page request a new id', () => {
    expect(pageRequest(request, { kind: 'query', query: { offset: '0' } }, sent).requestId).not.toBe('r1');
    expect(newRequestId()).not.toBe(newRequestId());
  });
});

describe('firstPageRequest', () => {
  const info: PageInfo = { kind: 'offset', itemsPath: 'items', itemCount: 50, offset: 50, limit: 50, total: 120, hasMore: true };
  it('drops the offset so fetch-all starts at the first item', () => {
    expect(firstPageRequest(request, info, 'f1')).toEqual({ ...request, requestId: 'f1', url: '{{baseUrl}}/api/v1/storage-systems?limit=50&select=id,name' });
  });
  it('leaves the first page and cursor lists alone', () => {
    expect(firstPageRequest(request, { ...info, offset: 0 }, 'f1').url).toBe(request.url);
    expect(firstPageRequest(request, { ...info, kind: 'cursor' }, 'f1').url).toBe(request.url);
    expect(firstPageRequest(request, undefined, 'f1').url).toBe(request.url);
  });
});

describe('pageSummary', () => {
  it('says page, range and total', () => {
    expect(pageSummary({ kind: 'dscc', itemsPath: 'items', itemCount: 50, offset: 50, limit: 50, total: 1473, page: 2, pageCount: 30, hasMore: true })).toBe(
      'Page 2 of 30 · items 51–100 of 1,473',
    );
  });
  it('copes with what an API leaves out', () => {
    expect(pageSummary({ kind: 'cursor', itemsPath: 'items', itemCount: 20, hasMore: true })).toBe('20 items · more available');
    expect(pageSummary({ kind: 'audit', itemsPath: 'items', itemCount: 10, offset: 0, limit: 10, page: 1, hasMore: false })).toBe('Page 1 · items 1–10');
    expect(pageSummary({ kind: 'offset', itemsPath: 'items', itemCount: 0, offset: 0, total: 0, hasMore: false })).toBe('No items here (0 in all)');
  });
});
