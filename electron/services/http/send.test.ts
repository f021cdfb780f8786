import { afterEach, describe, expect, it } from 'vitest';
import { ShorelineError } from '../../../shared/errors';
import { createHttpService, type HttpService } from './http-service';
import type { ParsedSendRequest } from './prepare-request';
import { fakeEnvironments, fakeHistory, fakeTokens } from './test-fakes';
import { startTestServer, type TestServer } from './test-server';

const tokenA = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL3Nzby5jb21tb24uY2xvdWQuaHBlLmNvbSJ9.first-signature-AAAA';
const tokenB = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL3Nzby5jb21tb24uY2xvdWQuaHBlLmNvbSJ9.second-signature-BBB';

let server: TestServer;
let service: HttpService;
afterEach(async () => {
  await service?.dispose();
  await server?.close();
});

function request(partial: Partial<ParsedSendRequest> = {}): ParsedSendRequest {
  return { requestId: 'r1', environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/api/v1/volumes', headers: [], ...partial };
}

async function rejection(promise: Promise<unknown>): Promise<ShorelineError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ShorelineError);
  return error as ShorelineError;
}

describe('http.send', () => {
  it('adds the bearer token and Accept, replaces variables, and never returns the token', async () => {
    server = await startTestServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ items: [{ id: 'v1' }], total: 3, pageLimit: 1, pageOffset: 0, echo: req.headers.authorization }));
    });
    const history = fakeHistory();
    service = createHttpService({ tokens: fakeTokens([tokenA]), environments: fakeEnvironments(server.origin), history });
    const response = await service.send(request({ url: '{{baseUrl}}/api/v1/volumes?filter=name eq {{workspaceId}}', operationId: 'VolumesList' }));
    const seen = server.seen[0]!;
    expect(seen.headers.authorization).toBe(`Bearer ${tokenA}`);
    expect(seen.headers.accept).toBe('application/json');
    expect(seen.url).toBe('/api/v1/volumes?filter=name%20eq%20ws%201%2B2');
    expect(response.status).toBe(200);
    expect(response.contentKind).toBe('json');
    expect(response.sent.headers).toContainEqual({ name: 'Authorization', value: 'Bearer ••••••' });
    expect(response.pagination).toMatchObject({ kind: 'dscc', total: 3, hasMore: true });
    expect(JSON.stringify(response)).not.toContain(tokenA);
    expect(response.body.kind === 'text' && JSON.parse(response.body.text).echo).toBe(`Bearer ${'*'.repeat(tokenA.length)}`);
    expect(history.drafts[0]).toMatchObject({ method: 'GET', status: 200, operationId: 'VolumesList', environmentName: 'Sandbox', connectionId: 'conn-1' });
    expect(history.secrets[0]).toEqual([tokenA]);
    expect(response.historyId).toBe('h1');
  });

  it('puts a variable into a form body as form data, so its & and = stay inside the field', async () => {
    server = await startTestServer((_req, res) => res.end('ok'));
    const environments = fakeEnvironments(server.origin, { form: { name: 'Form', baseUrl: server.origin, variables: { secretish: 'a&b=c d' }, readOnly: false, isSandbox: true } });
    service = createHttpService({ environments });
    const form = [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }];
    await service.send(request({ environmentId: 'form', method: 'POST', headers: form, body: 'grant_type=client_credentials&x={{secretish}}' }));
    expect(server.seen[0]?.body).toBe('grant_type=client_credentials&x=a%26b%3Dc%20d');
    await service.send(request({ environmentId: 'form', method: 'POST', headers: [{ name: 'Content-Type', value: 'text/plain' }], body: 'x={{secretish}}' }));
    expect(server.seen[1]?.body).toBe('x=a&b=c d');
  });

  it('records the request as the user wrote it, as the model, with its operation', async () => {
    server = await startTestServer((_req, res) => res.end('{}'));
    const history = fakeHistory();
    service = createHttpService({ tokens: fakeTokens([tokenA]), environments: fakeEnvironments(server.origin), history });
    await service.send(request({ url: '{{baseUrl}}/api/v1/volumes/{{workspaceId}}?select=id,name&select=x', headers: [{ name: 'X-Trace', value: '{{workspaceId}}' }], operationId: 'dscc-1:GET /api/v1/volumes/{id}', connectionId: null }));
    expect(history.drafts[0]?.request).toEqual({
      method: 'GET',
      url: '{{baseUrl}}/api/v1/volumes/{{workspaceId}}',
      pathParams: [],
      query: [{ key: 'select', value: 'id,name', enabled: true }, { key: 'select', value: 'x', enabled: true }],
      headers: [{ key: 'X-Trace', value: '{{workspaceId}}', enabled: true }],
      body: { kind: 'none' },
      auth: { kind: 'none' },
      variables: [],
      captures: [],
      operation: { specId: 'dscc-1', operationKey: 'GET /api/v1/volumes/{id}' },
    });
  });

  it('keeps a hand-typed Authorization and Accept as typed, with no token added', async () => {
    server = await startTestServer((_req, res) => res.end('ok'));
    const tokens = fakeTokens([tokenA]);
    service = createHttpService({ tokens, environments: fakeEnvironments(server.origin) });
    await service.send(request({ headers: [{ name: 'Authorization', value: 'Bearer typed' }, { name: 'accept', value: 'text/csv' }] }));
    expect(server.seen[0]?.headers.authorization).toBe('Bearer typed');
    expect(server.seen[0]?.headers.accept).toBe('text/csv');
    expect(tokens.calls).toEqual([]);
  });

  it('lets the token source renew and retry once after a 401', async () => {
    server = await startTestServer((req, res) => {
      res.statusCode = req.headers.authorization === `Bearer ${tokenB}` ? 200 : 401;
      res.end(res.statusCode === 200 ? '{"ok":true}' : '{"message":"Jwt is expired"}');
    });
    service = createHttpService({ tokens: fakeTokens([tokenA, tokenB]), environments: fakeEnvironments(server.origin) });
    const response = await service.send(request());
    expect(response.status).toBe(200);
    expect(server.seen.map((r) => r.headers.authorization)).toEqual([`Bearer ${tokenA}`, `Bearer ${tokenB}`]);
  });

  it('does not carry the token along a redirect to another server', async () => {
    const other = await startTestServer((_req, res) => res.end('moved here'));
    try {
      server = await startTestServer((_req, res) => {
        res.statusCode = 302;
        res.setHeader('location', `${other.origin}/landing`);
        res.end();
      });
      service = createHttpService({ tokens: fakeTokens([tokenA]), environments: fakeEnvironments(server.origin) });
      const response = await service.send(request());
      expect(response.body).toEqual({ kind: 'text', text: 'moved here' });
      expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${tokenA}`);
      expect(other.seen[0]?.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('gives advice for a 403 naming the permission, and for a 429', async () => {
    server = await startTestServer((req, res) => {
      res.statusCode = req.url.includes('limited') ? 429 : 403;
      if (res.statusCode === 429) res.setHeader('retry-after', '12');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ error: 'not authorized', permission: 'data-services.volume.read' }));
    });
    service = createHttpService({ tokens: fakeTokens([tokenA]), environments: fakeEnvironments(server.origin) });
    expect((await service.send(request())).advice).toMatchObject({ title: 'Permission missing', permission: 'data-services.volume.read' });
    expect((await service.send(request({ url: '{{baseUrl}}/limited' }))).advice?.retryAfterSeconds).toBe(12);
  });

  it('asks for confirmation before changing data on a real environment, refuses on a read-only one, and sends in the sandbox', async () => {
    server = await startTestServer((_req, res) => res.end('{}'));
    service = createHttpService({ tokens: fakeTokens([tokenA]), environments: fakeEnvironments(server.origin) });
    const post = request({ method: 'POST', body: '{"name":"vol"}' });
    expect((await rejection(service.send({ ...post, environmentId: 'real' }))).code).toBe('confirm_required');
    expect((await rejection(service.send({ ...post, environmentId: 'readonly', confirmed: true }))).code).toBe('read_only');
    expect(server.seen).toHaveLength(0);
    await service.send({ ...post, environmentId: 'real', confirmed: true });
    await service.send(post);
    expect(server.seen.map((r) => [r.method, r.headers['content-type'], r.body])).toEqual([
      ['POST', 'application/json', '{"name":"vol"}'],
      ['POST', 'application/json', '{"name":"vol"}'],
    ]);
  });

  it('refuses an unknown variable, a missing environment and a non-http address before sending', async () => {
    service = createHttpService({ environments: fakeEnvironments('http://127.0.0.1:9') });
    expect((await rejection(service.send(request({ url: '{{baseUrl}}/x/{{nope}}' })))).message).toContain('{{nope}}');
    expect((await rejection(service.send(request({ environmentId: 'gone' })))).code).toBe('not_found');
    expect((await rejection(service.send(request({ environmentId: undefined, url: 'file:///etc/passwd' })))).code).toBe('invalid_input');
  });
});
