import { describe, expect, it } from 'vitest';
import { blankRequest, type SavedRequest } from '../model/request';
import { fleet } from './fleet-fixture.test-support';
import { updateRequest, withUpdateNote } from './update-request';

const v1 = fleet(1);
const v2 = fleet(2);
const link = (operationKey: string) => ({ specId: 'fleet', operationKey });

const listVolumes: SavedRequest = {
  ...blankRequest(),
  url: '{{baseUrl}}/volumes',
  query: [
    { key: 'limit', value: '50', enabled: true },
    { key: 'offset', value: '100', enabled: true },
    { key: 'filter', value: "name eq 'gold'", enabled: false },
    { key: 'debug', value: 'yes', enabled: true },
  ],
  headers: [{ key: 'X-Note', value: 'mine', enabled: true }],
  auth: { kind: 'connection', connectionId: 'conn-1' },
  variables: [{ key: 'v', value: '1', enabled: true }],
  captures: [{ variable: 'First', source: 'body', path: 'items[0].id', scope: 'collection', enabled: true }],
  description: 'My notes.',
  operation: link('GET /volumes'),
};

describe('updateRequest', () => {
  it('keeps values of parameters that still exist, adds the new required one empty, and drops the removed one with a note', () => {
    const { request, notes } = updateRequest(listVolumes, v2.detail('GET /volumes'), v1.signature('GET /volumes'), link('GET /volumes'));
    expect(request.query).toEqual([
      { key: 'limit', value: '50', enabled: true },
      { key: 'filter', value: "name eq 'gold'", enabled: false },
      { key: 'region', value: '', enabled: false },
      { key: 'debug', value: 'yes', enabled: true },
    ]);
    expect(notes).toEqual(['Query parameter “offset” was dropped: the new version does not have it. It held “100”.']);
  });

  it('keeps everything the spec does not decide: auth, variables, captures, notes, own headers, the base address', () => {
    const { request } = updateRequest(listVolumes, v2.detail('GET /volumes'), v1.signature('GET /volumes'), link('GET /volumes'));
    expect(request).toMatchObject({ url: '{{baseUrl}}/volumes', auth: listVolumes.auth, variables: listVolumes.variables, captures: listVolumes.captures, description: 'My notes.', operation: link('GET /volumes') });
    expect(request.headers).toEqual([{ key: 'X-Note', value: 'mine', enabled: true }]);
  });

  it('moves a request to the new path of a moved operation, keeping its values and its own base address', () => {
    const saved: SavedRequest = { ...blankRequest(), url: '{{fleetUrl}}/hosts', query: [{ key: 'limit', value: '5', enabled: true }], operation: link('GET /hosts') };
    const { request, notes } = updateRequest(saved, v2.detail('GET /servers'), v1.signature('GET /hosts'), link('GET /servers'));
    expect(request).toMatchObject({ method: 'GET', url: '{{fleetUrl}}/servers', query: [{ key: 'limit', value: '5', enabled: true }], operation: link('GET /servers') });
    expect(notes).toEqual([]);
  });

  it('keeps the body where the operation still takes one, and keeps path values', () => {
    const body = { kind: 'json' as const, text: '{"name":"v","sizeGiB":1,"tags":["a"]}', contentType: 'application/json' };
    const saved: SavedRequest = { ...blankRequest(), method: 'POST', url: '{{baseUrl}}/volumes', body, operation: link('POST /volumes') };
    expect(updateRequest(saved, v2.detail('POST /volumes'), v1.signature('POST /volumes'), link('POST /volumes')).request.body).toEqual(body);
    const one: SavedRequest = { ...blankRequest(), url: '{{baseUrl}}/volumes/{volumeId}', pathParams: [{ key: 'volumeId', value: 'vol-7' }], operation: link('GET /volumes/{volumeId}') };
    expect(updateRequest(one, v2.detail('GET /volumes/{volumeId}'), v1.signature('GET /volumes/{volumeId}'), link('GET /volumes/{volumeId}')).request.pathParams).toEqual([{ key: 'volumeId', value: 'vol-7' }]);
  });

  it('drops a body and a path value the new operation has no place for, with notes', () => {
    const saved: SavedRequest = { ...blankRequest(), method: 'DELETE', url: '{{baseUrl}}/volumes/{volumeId}', pathParams: [{ key: 'volumeId', value: 'vol-7' }], body: { kind: 'text', text: 'x', contentType: 'text/plain' } };
    const { request, notes } = updateRequest(saved, v2.detail('GET /servers'), v1.signature('GET /volumes/{volumeId}'), link('GET /servers'));
    expect(request.pathParams).toEqual([]);
    expect(request.body).toEqual({ kind: 'none' });
    expect(notes).toEqual(['Path parameter “volumeId” was dropped: the new version does not have it. It held “vol-7”.', 'The body was dropped: the new version takes none. Undo in the review puts it back.']);
  });

  it('without the earlier signature, keeps every row it cannot place', () => {
    const { request, notes } = updateRequest(listVolumes, v2.detail('GET /volumes'), undefined, link('GET /volumes'));
    expect(request.query.map((r) => r.key)).toEqual(['limit', 'filter', 'region', 'offset', 'debug']);
    expect(notes).toEqual([]);
  });
});

describe('withUpdateNote', () => {
  it('appends a headed list to the notes, or leaves them alone when there is nothing to say', () => {
    expect(withUpdateNote('Mine.', 'Updated to 2.0.0', ['a', 'b'])).toBe('Mine.\n\n**Updated to 2.0.0**\n\n- a\n- b');
    expect(withUpdateNote(undefined, 'Updated', ['a'])).toBe('**Updated**\n\n- a');
    expect(withUpdateNote('Mine.', 'Updated', [])).toBe('Mine.');
  });
});
