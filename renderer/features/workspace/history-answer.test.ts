import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/contract/history';
import { blankRequest } from '../../../shared/model/request';
import { historyExchange } from './history-answer';

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 'h1',
  time: '2026-12-02T08:00:00Z',
  method: 'GET',
  url: 'http://127.0.0.1:4000/api/v1/volumes?limit=2',
  urlTemplate: '{{baseUrl}}/api/v1/volumes?limit=2',
  status: 200,
  statusText: 'OK',
  durationMs: 12,
  size: 80,
  environmentId: 'sandbox-limited',
  kind: 'send',
  request: blankRequest(),
  requestHeaders: [{ name: 'Accept', value: 'application/json' }, { name: 'bad header', value: 'x' }],
  responseHeaders: [{ name: 'content-type', value: 'application/json' }],
  contentType: 'application/json',
  responseBody: JSON.stringify({ items: [{ id: 'a' }, { id: 'b' }], total: 5, pageLimit: 2, pageOffset: 0 }),
  ...over,
});

describe('a history entry as an answer', () => {
  it('comes back with its body, timing, paging and the environment it was sent to', () => {
    const exchange = historyExchange(entry())!;
    expect(exchange.request).toMatchObject({ method: 'GET', url: '{{baseUrl}}/api/v1/volumes?limit=2', environmentId: 'sandbox-limited', headers: [{ name: 'Accept', value: 'application/json' }] });
    expect(exchange.response).toMatchObject({ status: 200, historyId: 'h1', contentKind: 'json', timing: { totalMs: 12 }, body: { kind: 'text' } });
    expect(exchange.response.pagination).toMatchObject({ total: 5, hasMore: true });
  });

  it('brings a 403’s advice back, naming the permission', () => {
    const forbidden = historyExchange(entry({ status: 403, statusText: 'Forbidden', responseBody: JSON.stringify({ httpStatusCode: 403, error: 'Unauthorized user access: your role does not include the permission data-services.volume.read.' }) }))!;
    expect(forbidden.response.advice?.permission).toBe('data-services.volume.read');
  });

  it('has no answer when none came', () => {
    expect(historyExchange(entry({ status: undefined, errorCode: 'unreachable' }))).toBeUndefined();
    expect(historyExchange(entry({ responseBody: undefined }))?.response.body).toEqual({ kind: 'empty' });
  });
});
