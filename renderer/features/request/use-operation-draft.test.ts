import { describe, expect, it } from 'vitest';
import type { SavedRequest } from '../../../shared/model/request';
import type { RequestDraft } from '../../../shared/openapi/request-draft';
import { mergedRequest } from './use-operation-draft';

const link = { specId: 'dscc', operationKey: 'GET /storage-systems' };
const draft: RequestDraft = {
  method: 'GET',
  path: '/storage-systems',
  params: [{ name: 'limit', in: 'query', enabled: true, value: '20', required: false, isArray: false, style: 'form', explode: true, allowReserved: false }],
};
const saved: SavedRequest = {
  method: 'GET',
  url: 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems',
  pathParams: [],
  query: [{ key: 'limit', value: '10', enabled: true }, { key: 'trace', value: 'on', enabled: true }],
  headers: [{ key: 'Accept', value: 'application/json', enabled: true }, { key: 'X-Request-Id', value: '{{requestId}}', enabled: false }],
  body: { kind: 'none' },
  auth: { kind: 'connection', connectionId: 'c1' },
  variables: [{ key: 'requestId', value: 'r-1', enabled: true }],
  captures: [],
  operation: link,
  description: 'From Postman',
};

describe('mergedRequest', () => {
  it('takes the parameters from the draft and keeps the headers and query rows the spec does not declare', () => {
    const merged = mergedRequest(draft, link, saved);
    expect(merged.url).toBe('https://eu1.data.cloud.hpe.com/api/v1/storage-systems');
    expect(merged.query).toEqual([{ key: 'limit', value: '20', enabled: true }, { key: 'trace', value: 'on', enabled: true }]);
    expect(merged.headers).toEqual(saved.headers);
    expect(merged).toMatchObject({ auth: saved.auth, variables: saved.variables, description: 'From Postman', operation: link });
  });

  it('merging again changes nothing (an edit does not pile up copies of the extra rows)', () => {
    const once = mergedRequest(draft, link, saved);
    expect(mergedRequest(draft, link, once)).toEqual(once);
  });
});
