import { describe, expect, it } from 'vitest';
import { watchStartSchema } from '../../../shared/contract/watch';
import { watchOriginOf, watchRequestOf } from './watch-request';

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
