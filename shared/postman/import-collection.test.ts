import { describe, expect, it } from 'vitest';
import type { CollectionFolder, CollectionItem, CollectionRequest } from '../model/collection';
import deviceOnboarding from './fixtures/device-onboarding.postman_collection.json';
import greenlake from './fixtures/greenlake-platform.postman_collection.json';
import storageV20 from './fixtures/storage-v2.0.postman_collection.json';
import { importPostmanCollection, importReportJson, type PostmanImport } from './index';

function imported(file: unknown): PostmanImport {
  let n = 0;
  const result = importPostmanCollection(typeof file === 'string' ? file : JSON.stringify(file), { newId: () => `i-${++n}`, now: '2026-01-01T00:00:00.000Z', fileName: 'test.json' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function find(items: readonly CollectionItem[], name: string): CollectionItem | undefined {
  for (const item of items) {
    if (item.name === name) return item;
    const inner = item.kind === 'folder' ? find(item.items, name) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function request(result: PostmanImport, name: string): CollectionRequest {
  const item = find(result.collection.items, name);
  if (item?.kind !== 'request') throw new Error(`no request ${name}`);
  return item;
}

/** A minimal v2.1 collection around `item`. */
const wrap = (item: unknown[], extra: Record<string, unknown> = {}) => ({ info: { name: 'T', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item, ...extra });

describe('importing the GreenLake platform collection', () => {
  const result = imported(greenlake);

  it('reports what it made, field for field as the CLI prints it', () => {
    expect(importReportJson(result)).toEqual({
      kind: 'collection',
      id: 'i-1',
      name: 'GreenLake platform services (test copy)',
      requests: 12,
      folders: 10,
      variables: 14,
      captures: 7,
      scriptsNotRun: 4,
      secretsWithheld: ['ClientSecret'],
      connectionOffer: { tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientId: '3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f', clientAuth: 'body' },
      findings: result.report.warnings,
    });
    expect(result.collection.origin).toEqual({ kind: 'postman', schemaVersion: '2.1', fileName: 'test.json', postmanId: '2be72f9d-9e7d-4833-b489-cc1e38e4d1c0' });
  });

  it('offers a connection for the token pattern, with the token URL resolved from a variable holding host and path', () => {
    const offer = result.report.connectionOffer;
    expect(offer).toMatchObject({
      clientAuth: 'body',
      clientIdVariable: 'ClientId',
      clientSecretVariable: 'ClientSecret',
      tokenVariable: 'BearerToken',
      secretName: 'ClientSecret',
      unresolved: [],
      source: 'token-request',
      applyTo: ['i-1'],
    });
    const tokenRequests = ['Generate AccessToken', 'Generate AccessToken With TokenIssuerURL'].map((n) => request(result, n));
    expect(offer?.tokenRequests).toEqual(tokenRequests.map((r) => r.id));
    for (const r of tokenRequests) {
      expect(r.handledByConnection).toBe(true);
      // Its script (which saves the token into a variable) is kept to read, never made a capture.
      expect(r.request.captures).toEqual([]);
      expect(r.notRun[0]?.text).toContain('pm.collectionVariables.set("BearerToken",jsonData);');
    }
    // The collection's auth waits for the connection: inherit until the offer is accepted.
    expect(result.collection.auth).toEqual({ kind: 'inherit' });
  });

  it('withholds the client secret: its value is nowhere in the collection, only handed back to offer the keychain', () => {
    expect(result.withheld).toEqual([{ name: 'ClientSecret', kind: 'client-secret', where: 'the collection variables', value: 'FAKE-test-secret-not-real-0000' }]);
    expect(JSON.stringify(result.collection)).not.toContain('FAKE-test-secret-not-real-0000');
    expect(JSON.stringify(importReportJson(result))).not.toContain('FAKE-test-secret-not-real-0000');
    expect(result.collection.variables.find((v) => v.key === 'ClientSecret')).toMatchObject({ value: '', enabled: true });
    expect(result.collection.variables.map((v) => v.key)).toContain('MSP-TenantId');
  });

  it('keeps folders seven deep in their order, with Markdown descriptions in either form', () => {
    const names: string[] = [];
    let level: CollectionItem | undefined = find(result.collection.items, 'Configuring and Managing GLP Workspace');
    while (level?.kind === 'folder') {
      names.push(level.name);
      level = level.items.find((i) => i.kind === 'folder' && i.name !== 'Step3-Devices');
    }
    expect(names).toEqual(['Configuring and Managing GLP Workspace', 'Step2-IAM', 'identity', 'v1', 'users', '{id}', 'details']);
    const details = find(result.collection.items, 'details') as CollectionFolder;
    expect(details.description).toBe('Seventh level: a folder under `{id}`.');
    expect(details.items.map((i) => i.name)).toEqual(['Get a user']);
    expect(result.collection.items.map((i) => i.name)).toEqual(['Step1-Generate Token', 'Configuring and Managing GLP Workspace']);
  });

  it('turns :path variables into {path} parameters with their values, and keeps saved examples read-only', () => {
    const r = request(result, 'Get a user');
    expect(r.request).toMatchObject({ method: 'GET', url: '{{baseUrl}}/identity/v1/users/{id}', pathParams: [{ key: 'id', value: '{{InvitedUserId}}' }] });
    expect(r.request.description).toBe('Retrieve a single user based on a given user ID.');
    expect(r.examples).toEqual([{ name: 'Successful Response', status: 200, headers: [{ key: 'Content-Type', value: 'application/json', enabled: true }], body: '{\n  "id": "<uuid>",\n  "username": "<email>",\n  "createdAt": "<dateTime>"\n}' }]);
  });

  it('keeps duplicate query parameters and unticked ones unticked, in order', () => {
    expect(request(result, 'Get devices managed in a workspace').request.query).toEqual([
      { key: 'filter', value: "deviceType eq 'STORAGE'", enabled: true },
      { key: 'filter', value: "region eq 'eu-central'", enabled: true },
      { key: 'filter', value: '', enabled: false, description: 'Expected: string. Filter expressions' },
      { key: 'select', value: 'id,serialNumber', enabled: true },
      { key: 'sort', value: 'serialNumber desc', enabled: false },
    ]);
  });

  it('keeps five PATCH /devices variants as five requests, each with its merge-patch body and Location capture', () => {
    const patches = (find(result.collection.items, 'devices') as CollectionFolder).items.filter((i): i is CollectionRequest => i.kind === 'request' && i.request.method === 'PATCH');
    expect(patches).toHaveLength(5);
    for (const p of patches) {
      expect(p.request.url).toBe('{{baseUrl}}/devices/v1/devices');
      expect(p.request.body).toMatchObject({ kind: 'json', contentType: 'application/merge-patch+json' });
      // The Content-Type moved to the body; the other header stays.
      expect(p.request.headers).toEqual([{ key: 'Accept', value: 'application/json', enabled: true }]);
      expect(p.request.captures).toEqual([{ variable: 'AsyncOpsTransaction_Id', source: 'header', path: 'Location', scope: 'collection', enabled: true }]);
    }
  });

  it('empties OpenAPI-importer placeholders into hints, and keeps JSON bodies valid JSON', () => {
    const assign = request(result, 'Update devices - assign application').request.body;
    expect(assign.kind === 'json' && JSON.parse(assign.text)).toEqual({ application: { id: '{{COM_Application_Id}}' }, region: '' });
    const archive = request(result, 'Update devices - archive').request.body;
    // `<boolean>` stood bare (not valid JSON); it becomes null and the body parses.
    expect(archive.kind === 'json' && JSON.parse(archive.text)).toEqual({ archived: null });
    expect(request(result, 'Get users').request.query[3]).toEqual({ key: 'offset', value: '', enabled: true, description: 'Expected: integer. Zero-based resource offset to start the response from.' });
    const archiveId = request(result, 'Update devices - archive').id;
    expect(result.hints).toContainEqual({ itemId: archiveId, where: 'body', key: 'archived', hint: 'boolean' });
  });

  it('makes captures from the saving lines and keeps the string work as not run', () => {
    const users = request(result, 'Get users');
    expect(users.request.captures).toEqual([{ variable: 'UserId', source: 'body', path: 'items[0].id', scope: 'collection', enabled: true }]);
    expect(users.notRun).toEqual([
      {
        event: 'test',
        text: 'var jsonData = pm.response.json();\npm.collectionVariables.set("UserIdNoDash", jsonData.items[0].id.replace(/-/g, \'\'));',
        reason: 'Shoreline runs no JavaScript from a file. This script ran after the answer in Postman and sets variables from values it works out and works on text.',
      },
    ]);
  });
});

describe('importing the device onboarding collection (scripts behind status checks)', () => {
  const result = imported(deviceOnboarding);

  it('recognises a token request that saves the token inside a status check, with noauth of its own', () => {
    expect(result.report.connectionOffer).toMatchObject({ tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientId: '', clientIdVariable: 'client_id', clientSecretVariable: 'client_secret', tokenVariable: 'glp_token' });
    const token = request(result, 'Generate Access Token');
    expect(token.handledByConnection).toBe(true);
    expect(token.notRun.map((s) => s.event)).toEqual(['prerequest', 'test']);
    expect(result.report.secretsWithheld).toEqual([]);
  });

  it('reads the transaction id saved behind `=== 202` and `if (jsonData.transactionId)` as a capture, saying it now runs on any 2xx', () => {
    const assign = request(result, 'Assign Device(s) to Application');
    expect(assign.request.captures).toEqual([{ variable: 'device_app_transaction_id', source: 'body', path: 'transactionId', scope: 'collection', enabled: true }]);
    expect(assign.notRun).toEqual([]);
    expect(result.report.warnings).toContainEqual(expect.objectContaining({ itemId: assign.id, message: expect.stringMatching(/run after any 2xx answer/) }));
  });
});

describe('Postman v2.0 against v2.1', () => {
  it('reads v2.0 auth objects, text URLs, text headers (a // line is unticked) and the legacy script API', () => {
    const result = imported(storageV20);
    expect(result.collection.origin).toMatchObject({ schemaVersion: '2.0' });
    expect(result.report.connectionOffer).toMatchObject({ tokenUrl: 'https://storage.example.com/oauth2/token', clientId: 'shoreline-test', clientAuth: 'basic', tokenVariable: 'access_token', secretName: 'client_secret' });
    expect(result.withheld).toEqual([{ name: 'client_secret', kind: 'client-secret', where: 'the collection variables', value: 's3cr3t-from-v20' }]);
    const list = request(result, 'List volumes');
    expect(list.request).toMatchObject({
      url: 'https://{{host}}/api/v1/volumes',
      query: [{ key: 'limit', value: '10', enabled: true }, { key: 'offset', value: '0', enabled: true }],
      headers: [{ key: 'Accept', value: 'application/json', enabled: true }, { key: 'X-Trace', value: 'on', enabled: false }],
      captures: [
        { variable: 'volumeId', source: 'body', path: 'items[0].id', scope: 'environment', enabled: true },
        { variable: 'lastStatus', source: 'status', path: '', scope: 'global', enabled: true },
      ],
    });
    expect(request(result, 'Get one volume').request.pathParams).toEqual([{ key: 'volumeId', value: '{{volumeId}}' }]);
    expect(result.collection.description).toBe('A v2.0 export: auth attributes as objects, URLs as text.');
  });

  it('reads the same request the same way from both versions', () => {
    const item = { name: 'r', request: { method: 'GET', url: { raw: '{{baseUrl}}/a/:id?x=1', host: ['{{baseUrl}}'], path: ['a', ':id'], query: [{ key: 'x', value: '1' }], variable: [{ key: 'id', value: '7' }] } } };
    const v21 = imported(wrap([item])).collection.items;
    const v20 = imported({ ...wrap([item]), info: { name: 'T', schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' } }).collection.items;
    expect(v20).toEqual(v21);
  });
});

describe('auth and secrets', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLWZvci10ZXN0cw';
  const result = imported(
    wrap(
      [
        { name: 'Basic folder', auth: { type: 'basic', basic: [{ key: 'username', value: 'admin' }, { key: 'password', value: 'literal-pass-1' }] }, item: [{ name: 'b', request: { method: 'GET', url: 'https://ilo.example.com/redfish/v1' } }] },
        {
          name: 'Key folder',
          auth: { type: 'apikey', apikey: [{ key: 'key', value: 'X-API-Key' }, { key: 'value', value: 'k-123456789abcdef0' }, { key: 'in', value: 'header' }] },
          item: [{ name: 'k', request: { method: 'GET', url: 'https://api.example.com/x' } }, { name: 'k-none', request: { method: 'GET', url: 'https://api.example.com/y', auth: { type: 'noauth' } } }],
        },
        { name: 'Header token', request: { method: 'GET', header: [{ key: 'Authorization', value: `Bearer ${jwt}` }], url: 'https://api.example.com/z?api_key=abcdef0123456789abcd' } },
      ],
      {
        auth: { type: 'oauth2', oauth2: [{ key: 'grant_type', value: 'client_credentials' }, { key: 'accessTokenUrl', value: '{{auth}}/token' }, { key: 'clientId', value: '{{cid}}' }, { key: 'clientSecret', value: 'literal-client-secret' }, { key: 'client_authentication', value: 'body' }] },
        variable: [
          { key: 'auth', value: 'https://login.example.com/oauth2' },
          { key: 'cid', value: 'my-client' },
          { key: 'password', value: 'p@ss' },
          { key: 'apikey', value: 'k1' },
          { key: 'api_key', value: 'k2' },
          { key: 'clientSecret', value: 'cs' },
          { key: 'token', value: '{{other}}' },
          { key: 'sessionToken', value: jwt },
          { key: 'refreshToken', value: '' },
          { key: 'hidden', value: 'masked', type: 'secret' },
          { key: 'tenant', value: 'acme' },
        ],
      },
    ),
  );
  const secrets = ['literal-pass-1', 'k-123456789abcdef0', jwt, 'abcdef0123456789abcd', 'literal-client-secret', 'p@ss', 'masked'];

  it('never keeps a secret value in the collection', () => {
    const text = JSON.stringify(result.collection);
    for (const s of secrets) expect(text).not.toContain(s);
    expect(result.report.secretsWithheld).toEqual([
      'client secret in “the collection”',
      'password in “Basic folder”',
      'X-API-Key in “Key folder”',
      'Authorization in “Header token”',
      'api_key in “Header token”',
      'password',
      'apikey',
      'api_key',
      'clientSecret',
      'sessionToken',
      'hidden',
    ]);
    expect(result.collection.variables.filter((v) => v.value !== '').map((v) => v.key)).toEqual(['auth', 'cid', 'token', 'tenant']);
  });

  it('maps each auth type: OAuth2 client credentials → offer, Basic → none, API key → a row on each request below', () => {
    expect(result.report.connectionOffer).toMatchObject({ source: 'oauth2-auth', tokenUrl: 'https://login.example.com/oauth2/token', clientId: 'my-client', clientAuth: 'body', secretName: 'client secret in “the collection”', applyTo: ['i-1'] });
    expect((find(result.collection.items, 'Basic folder') as CollectionFolder).auth).toEqual({ kind: 'none' });
    expect((find(result.collection.items, 'Key folder') as CollectionFolder).auth).toEqual({ kind: 'none' });
    expect(request(result, 'k').request.headers).toEqual([{ key: 'X-API-Key', value: '', enabled: false, description: expect.stringMatching(/withheld/) }]);
    expect(request(result, 'k-none').request.headers).toEqual([]);
    expect(request(result, 'Header token').request.headers[0]).toMatchObject({ key: 'Authorization', value: '', enabled: false });
  });
});

describe('bodies', () => {
  it('keeps raw text with its language type, urlencoded rows, and form-data text fields (file fields turned off)', () => {
    const result = imported(
      wrap([
        { name: 'xml', request: { method: 'POST', url: 'u', body: { mode: 'raw', raw: '<a/>', options: { raw: { language: 'xml' } } } } },
        { name: 'form', request: { method: 'POST', url: 'u', body: { mode: 'urlencoded', urlencoded: [{ key: 'a', value: '1' }, { key: 'a', value: '2', disabled: true }] } } },
        { name: 'multi', request: { method: 'POST', url: 'u', body: { mode: 'formdata', formdata: [{ key: 'name', value: 'n', type: 'text' }, { key: 'file', src: '/tmp/x.csv', type: 'file' }] } } },
        { name: 'gql', request: { method: 'POST', url: 'u', body: { mode: 'graphql', graphql: { query: '{ a }', variables: '{"x":1}' } } } },
        { name: 'empty', request: { method: 'GET', url: 'u', body: { mode: 'raw', raw: '' } } },
      ]),
    );
    expect(request(result, 'xml').request.body).toEqual({ kind: 'text', text: '<a/>', contentType: 'application/xml' });
    expect(request(result, 'form').request.body).toEqual({ kind: 'form-urlencoded', rows: [{ key: 'a', value: '1', enabled: true }, { key: 'a', value: '2', enabled: false }], contentType: 'application/x-www-form-urlencoded' });
    expect(request(result, 'multi').request.body).toEqual({
      kind: 'form-urlencoded',
      rows: [{ key: 'name', value: 'n', enabled: true }, { key: 'file', value: '', enabled: false, description: 'A file field in Postman (/tmp/x.csv); Shoreline cannot send files yet.' }],
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(request(result, 'gql').request.body).toEqual({ kind: 'json', text: JSON.stringify({ query: '{ a }', variables: { x: 1 } }, null, 2), contentType: 'application/json' });
    expect(request(result, 'empty').request.body).toEqual({ kind: 'none' });
    expect(result.report.warnings.map((w) => w.message)).toContain('Its file field "file" is kept turned off: Shoreline cannot send files yet.');
  });
});

describe('bad input, in words', () => {
  const refusal = (input: unknown) => {
    const r = importPostmanCollection(input);
    if (r.ok) throw new Error('accepted');
    expect(r.error.code).toBe('invalid_input');
    return r.error.message;
  };

  it.each([
    ['', /empty/],
    ['{ not json', /not JSON/],
    ['[1,2]', /not a Postman collection \(it is a list\)/],
    [JSON.stringify({ openapi: '3.0.3', info: {}, paths: {} }), /OpenAPI description.*import it as a spec/],
    [JSON.stringify({ id: 'e', name: 'Prod', values: [], _postman_variable_scope: 'environment' }), /Postman environment/],
    [JSON.stringify({ id: 'c', name: 'Old', order: [], requests: [] }), /Collection v1/],
    [JSON.stringify({ hello: 'world' }), /no "info" block/],
    [JSON.stringify({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.2.0/collection.json' }, item: [] }), /version Shoreline does not read/],
    [JSON.stringify({ info: { name: 'x', schema: 'https://example.com/my-format' }, item: [] }), /not a Postman collection format/],
    [JSON.stringify({ info: { name: 'x' }, item: [{ name: 'r', request: { url: 5 } }] }), /cannot be read.*item › 0 › request/],
  ])('%s', (input, message) => {
    expect(refusal(input)).toMatch(message);
  });

  it('refuses folders deeper than Shoreline keeps, and skips (with a finding) a method it cannot send', () => {
    let item: unknown = { name: 'r', request: { url: 'u' } };
    for (let i = 0; i < 33; i++) item = { name: `f${i}`, item: [item] };
    expect(refusal(JSON.stringify(wrap([item])))).toMatch(/more than 32 deep/);
    const result = imported(wrap([{ name: 'link', request: { method: 'LINK', url: 'u' } }, { name: 'ok', request: 'https://example.com' }]));
    expect(result.collection.items.map((i) => i.name)).toEqual(['ok']);
    expect(result.report.warnings[0]?.message).toMatch(/"LINK", which Shoreline cannot send/);
  });

  it('reads a collection wrapped as the Postman API returns it, and says which Postman settings are not kept', () => {
    const result = imported({ collection: { info: { name: 'api', schema: 'https://schema.postman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'r', request: 'https://x', protocolProfileBehavior: { disableBodyPruning: true } }] } });
    expect(result.collection.name).toBe('api');
    expect(result.report.warnings.map((w) => w.message)).toContain("Postman's request settings (protocolProfileBehavior) are not kept.");
  });

  it('accepts a file that does not name its version, as v2.1, saying so', () => {
    const result = imported({ info: { name: 'x' }, item: [] });
    expect(result.collection.origin).toMatchObject({ schemaVersion: '2.1' });
    expect(result.report.warnings[0]?.message).toMatch(/read as v2.1/);
  });
});
