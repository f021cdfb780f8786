import { describe, expect, it } from 'vitest';
import { watchStartSchema } from '../../../shared/contract/watch';
import { watchOriginOf, watchRequestOf, watchRequestOfSaved } from './watch-request';

describe('the watch request of a tab', () => {
  it('keeps everything that decides what is sent: environment, auth, collection scope, own variables, the operation', () => {
    const request = watchRequestOf({
      requestId: 'req-1', environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit={{n}}', headers: [{ name: 'X-Trace', value: '1' }],
      connectionId: null, scope: { collectionId: 'greenlake', itemId: 'audit' }, variables: [{ key: 'n', value: '5', enabled: true }],
      captures: [{ variable: 'x', source: 'body', path: 'items[0].id', scope: 'collection', enabled: true }], operationId: 'sandbox-spec:GET /audit-log/v1/logs', confirmed: true,
    });
    expect(request).toEqual({
      method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit={{n}}', headers: [{ name: 'X-Trace', value: '1' }], environmentId: 'sandbox', connectionId: null,
      scope: { collectionId: 'greenlake', itemId: 'audit' }, variables: [{ key: 'n', value: '5', enabled: true }], operation: { specId: 'sandbox-spec', operationId: 'GET /audit-log/v1/logs' },
    });
    expect(watchStartSchema.safeParse({ request }).success).toBe(true);
  });
  it('refuses methods that change something, and names the saved request a tab shows', () => {
    expect(watchRequestOf({ requestId: 'r', method: 'POST', url: 'https://x' })).toBeUndefined();
    expect(watchRequestOf({ requestId: 'r', method: 'HEAD', url: 'https://x' })).toEqual({ method: 'HEAD', url: 'https://x', headers: [] });
    expect(watchOriginOf({ id: 'tab-1', source: { kind: 'saved', itemId: 'audit' } })).toEqual({ kind: 'saved', id: 'audit' });
    expect(watchOriginOf({ id: 'tab-1', source: { kind: 'blank' } })).toEqual({ kind: 'tab', id: 'tab-1' });
  });
});

describe('the watch request of a saved request', () => {
  it('is what a tab opened from it would send, with its collection scope and the active environment', () => {
    const saved = {
      method: 'GET' as const, url: '{{baseUrl}}/audit-log/v1/logs', pathParams: [], query: [{ key: 'limit', value: '{{n}}', enabled: true }, { key: 'offset', value: '5', enabled: false }],
      headers: [{ key: 'X-Trace', value: '1', enabled: true }], body: { kind: 'none' as const }, auth: { kind: 'inherit' as const },
      variables: [{ key: 'n', value: '20', enabled: true }], captures: [], operation: { specId: 'greenlake', operationKey: 'GET /audit-log/v1/logs' },
    };
    expect(watchRequestOfSaved(saved, { collectionId: 'gl', itemId: 'audit' }, 'eu')).toEqual({
      method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit={{n}}', headers: [{ name: 'X-Trace', value: '1' }], environmentId: 'eu',
      scope: { collectionId: 'gl', itemId: 'audit' }, variables: [{ key: 'n', value: '20', enabled: true }], operation: { specId: 'greenlake', operationId: 'GET /audit-log/v1/logs' },
    });
    expect(watchRequestOfSaved({ ...saved, auth: { kind: 'none' } }, { collectionId: 'gl', itemId: 'audit' }, undefined)).toMatchObject({ connectionId: null });
    expect(watchRequestOfSaved({ ...saved, method: 'DELETE' }, { collectionId: 'gl', itemId: 'audit' }, 'eu')).toBeUndefined();
  });
});
