import { describe, expect, it } from 'vitest';
import { blankRequest, captureSchema, operationLinkOf, qualifiedOperationKey, requestSchema, sendableMethods, type SavedRequest } from './request';
import { addressLine, encodePathValue, parseAddressLine, pathParamNames, requestAddress, withAddressLine } from './request-url';
import { requestFromSent, sendFieldsOf } from './request-send';

const request = (patch: Partial<SavedRequest>): SavedRequest => ({ ...blankRequest(), ...patch });

describe('the request schema', () => {
  it('fills the lists, body and auth a writer may leave out', () => {
    expect(requestSchema.parse({ method: 'GET', url: '{{baseUrl}}/x' })).toEqual({ ...blankRequest(), url: '{{baseUrl}}/x' });
  });

  it('keeps duplicate keys, unticked rows and their order', () => {
    const query = [
      { key: 'filter', value: "name eq 'a'", enabled: true },
      { key: 'filter', value: "state eq 'ok'", enabled: true },
      { key: 'limit', value: '10', enabled: false, description: 'page size' },
    ];
    expect(requestSchema.parse({ method: 'GET', url: 'u', query }).query).toEqual(query);
  });

  it('keeps a body with its own content type', () => {
    const body = { kind: 'json', text: '{"name":"x"}', contentType: 'application/merge-patch+json' } as const;
    expect(requestSchema.parse({ method: 'PATCH', url: 'u', body }).body).toEqual(body);
    expect(requestSchema.parse({ method: 'POST', url: 'u', body: { kind: 'json', text: '{}' } }).body).toEqual({ kind: 'json', text: '{}', contentType: 'application/json' });
    expect(requestSchema.parse({ method: 'POST', url: 'u', body: { kind: 'form-urlencoded', rows: [] } }).body).toMatchObject({ contentType: 'application/x-www-form-urlencoded' });
  });

  it('refuses unknown fields, methods, auth kinds and capture scopes', () => {
    expect(requestSchema.safeParse({ method: 'GET', url: 'u', extra: 1 }).success).toBe(false);
    expect(requestSchema.safeParse({ method: 'get', url: 'u' }).success).toBe(false);
    expect(requestSchema.safeParse({ method: 'GET', url: 'u', auth: { kind: 'bearer', token: 't' } }).success).toBe(false);
    expect(requestSchema.safeParse({ method: 'GET', url: 'u', auth: { kind: 'connection', connectionId: 'c1' } }).success).toBe(true);
    expect(captureSchema.safeParse({ variable: 'DeviceId', source: 'body', path: 'items[0].id', scope: 'collection', enabled: true }).success).toBe(true);
    expect(captureSchema.safeParse({ variable: 'DeviceId', source: 'body', path: 'x', scope: 'folder', enabled: true }).success).toBe(false);
    expect(captureSchema.safeParse({ variable: '9x', source: 'status', path: '', scope: 'global', enabled: true }).success).toBe(false);
  });

  it('offers every method but TRACE for sending', () => {
    expect(sendableMethods).toEqual(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']);
  });

  it('reads and writes the `<specId>:<METHOD path>` key', () => {
    expect(operationLinkOf('dscc-api-3f9a1c:GET /api/v1/volumes/{id}')).toEqual({ specId: 'dscc-api-3f9a1c', operationKey: 'GET /api/v1/volumes/{id}' });
    expect(qualifiedOperationKey({ specId: 's-1', operationKey: 'GET /x:y' })).toBe('s-1:GET /x:y');
    expect(operationLinkOf('not a key')).toBeUndefined();
    expect(operationLinkOf('Bad Id:GET /x')).toBeUndefined();
  });
});

describe('the address line', () => {
  it('splits typed text into the template and rows, and back', () => {
    const typed = "{{baseUrl}}/systems/{systemId}?select=id,name&filter=a%20eq%20'b'&filter=c&flag#top";
    const { url, query } = parseAddressLine(typed);
    expect(url).toBe('{{baseUrl}}/systems/{systemId}#top');
    expect(query).toEqual([
      { key: 'select', value: 'id,name', enabled: true },
      { key: 'filter', value: "a eq 'b'", enabled: true },
      { key: 'filter', value: 'c', enabled: true },
      { key: 'flag', value: '', enabled: true },
    ]);
    expect(addressLine({ url, query })).toBe("{{baseUrl}}/systems/{systemId}?select=id,name&filter=a%20eq%20'b'&filter=c&flag=#top");
  });

  it('encodes what would change the meaning, keeps variables and readable punctuation', () => {
    const query = [{ key: 'q', value: 'a&b=c+d 50%', enabled: true }, { key: 'id', value: '{{deviceId}}', enabled: true }, { key: 'off', value: 'x', enabled: false }];
    expect(addressLine({ url: 'https://h/x', query })).toBe('https://h/x?q=a%26b%3Dc%2Bd%2050%25&id={{deviceId}}');
  });

  it('fills path parameters, encoding a COM id’s + and keeping empty ones as {name}', () => {
    expect(pathParamNames('{{baseUrl}}/a/{id}/b/{other}/{id}?x={y}')).toEqual(['id', 'other']);
    const r = request({ url: '{{baseUrl}}/servers/{id}/{sub}', pathParams: [{ key: 'id', value: 'P1+2/3' }, { key: 'sub', value: '' }] });
    expect(requestAddress(r)).toBe('{{baseUrl}}/servers/P1%2B2%2F3/{sub}');
    expect(encodePathValue('a,b;c=d {{v}}')).toBe('a,b;c=d%20{{v}}');
  });

  it('takes typed text as Postman does: unticked rows stay in place, path parameters follow the URL', () => {
    const before = request({
      url: 'https://h/{a}/{b}',
      pathParams: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }],
      query: [
        { key: 'x', value: '1', enabled: true, description: 'kept' },
        { key: 'off', value: 'z', enabled: false },
        { key: 'y', value: '2', enabled: true },
      ],
    });
    const after = withAddressLine(before, 'https://h/{b}/{c}?x=9&y=8&new=7');
    expect(after.url).toBe('https://h/{b}/{c}');
    expect(after.pathParams).toEqual([{ key: 'b', value: '2' }, { key: 'c', value: '' }]);
    expect(after.query).toEqual([
      { key: 'x', value: '9', enabled: true, description: 'kept' },
      { key: 'off', value: 'z', enabled: false },
      { key: 'y', value: '8', enabled: true },
      { key: 'new', value: '7', enabled: true },
    ]);
  });
});

describe('sendFieldsOf', () => {
  it('sends enabled rows in order, one Cookie header, and the body with its content type', () => {
    const r = request({
      method: 'PATCH',
      url: '{{baseUrl}}/systems/{id}',
      pathParams: [{ key: 'id', value: 'sys 1' }],
      query: [{ key: 'filter', value: 'a', enabled: true }, { key: 'filter', value: 'b', enabled: true }, { key: 'skip', value: 'x', enabled: false }],
      headers: [
        { key: 'X-Trace', value: '{{trace}}', enabled: true },
        { key: 'Cookie', value: 'a=1', enabled: true },
        { key: 'X-Off', value: 'no', enabled: false },
        { key: 'cookie', value: 'b=2', enabled: true },
        { key: '', value: 'nameless', enabled: true },
      ],
      body: { kind: 'json', text: '{"name":"n"}', contentType: 'application/merge-patch+json' },
    });
    expect(sendFieldsOf(r)).toEqual({
      method: 'PATCH',
      url: '{{baseUrl}}/systems/sys%201?filter=a&filter=b',
      headers: [
        { name: 'X-Trace', value: '{{trace}}' },
        { name: 'Cookie', value: 'a=1; b=2' },
        { name: 'Content-Type', value: 'application/merge-patch+json' },
      ],
      body: '{"name":"n"}',
    });
  });

  it('lets a typed Content-Type win, sends no body for blank text, and encodes form fields', () => {
    const typed = request({ method: 'POST', headers: [{ key: 'content-type', value: 'application/json; charset=utf-8', enabled: true }], body: { kind: 'json', text: '{}', contentType: 'application/json' } });
    expect(sendFieldsOf(typed).headers).toEqual([{ name: 'content-type', value: 'application/json; charset=utf-8' }]);
    expect(sendFieldsOf(request({ method: 'POST', body: { kind: 'text', text: '  \n', contentType: 'text/plain' } }))).toEqual({ method: 'POST', url: '', headers: [] });
    const form = request({
      method: 'POST',
      url: 'https://sso/token',
      body: {
        kind: 'form-urlencoded',
        contentType: 'application/x-www-form-urlencoded',
        rows: [
          { key: 'grant_type', value: 'client_credentials', enabled: true },
          { key: 'client_id', value: '{{client_id}}', enabled: true },
          { key: 'scope', value: 'a b&c', enabled: true },
          { key: 'off', value: '1', enabled: false },
        ],
      },
    });
    expect(sendFieldsOf(form)).toMatchObject({
      body: 'grant_type=client_credentials&client_id={{client_id}}&scope=a%20b%26c',
      headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
    });
  });
});

describe('requestFromSent', () => {
  it('turns a send back into the model, the Content-Type going to the body', () => {
    const model = requestFromSent({
      method: 'PATCH',
      url: '{{baseUrl}}/systems/abc?select=id,name&select=x',
      headers: [{ name: 'X-Trace', value: 't' }, { name: 'Content-Type', value: 'application/merge-patch+json' }],
      body: '{"name":"n"}',
      operationId: 'fleet-1:PATCH /systems/{id}',
      connectionId: null,
    });
    expect(model).toEqual({
      method: 'PATCH',
      url: '{{baseUrl}}/systems/abc',
      pathParams: [],
      query: [{ key: 'select', value: 'id,name', enabled: true }, { key: 'select', value: 'x', enabled: true }],
      headers: [{ key: 'X-Trace', value: 't', enabled: true }],
      body: { kind: 'json', text: '{"name":"n"}', contentType: 'application/merge-patch+json' },
      auth: { kind: 'none' },
      variables: [],
      captures: [],
      operation: { specId: 'fleet-1', operationKey: 'PATCH /systems/{id}' },
    });
    expect(requestSchema.parse(model)).toEqual(model);
    expect(sendFieldsOf(model)).toEqual({
      method: 'PATCH',
      url: '{{baseUrl}}/systems/abc?select=id,name&select=x',
      headers: [{ name: 'X-Trace', value: 't' }, { name: 'Content-Type', value: 'application/merge-patch+json' }],
      body: '{"name":"n"}',
    });
  });

  it('types a body without a Content-Type by its text, and keeps the header when there is no body', () => {
    expect(requestFromSent({ method: 'POST', url: 'https://h', headers: [], body: '[1]' }).body).toEqual({ kind: 'json', text: '[1]', contentType: 'application/json' });
    expect(requestFromSent({ method: 'POST', url: 'https://h', headers: [], body: 'a=1' }).body).toEqual({ kind: 'text', text: 'a=1', contentType: 'text/plain' });
    expect(requestFromSent({ method: 'GET', url: 'https://h', headers: [{ name: 'Content-Type', value: 'text/csv' }] }).headers).toEqual([{ key: 'Content-Type', value: 'text/csv', enabled: true }]);
    expect(requestFromSent({ method: 'GET', url: 'https://h', headers: [], connectionId: 'c-1' }).auth).toEqual({ kind: 'connection', connectionId: 'c-1' });
  });
});
