import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { httpCommands } from '../../shared/contract/http';
import { createHistoryService } from '../services/history/history-service';
import { createHttpService } from '../services/http/http-service';
import { fakeEnvironments, fakeTokens } from '../services/http/test-fakes';
import { startTestServer, type TestServer } from '../services/http/test-server';
import { createDocumentStore } from '../services/store/document-store';
import { historyHandlers } from './history-handlers';
import { httpHandlers } from './http-handlers';

let server: TestServer;
let dir: string;
afterEach(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('http and history handlers', () => {
  it('validate input, send with the caller signal, and list what was sent', async () => {
    server = await startTestServer((_req, res) => res.end('{"items":[]}'));
    dir = mkdtempSync(join(tmpdir(), 'shoreline-handlers-'));
    const history = createHistoryService({ store: createDocumentStore({ folder: dir, by: 'test' }) });
    const http = createHttpService({ tokens: fakeTokens(['tok-abcdef']), environments: fakeEnvironments(server.origin), history });
    const handlers = httpHandlers({ http });
    const context = { signal: new AbortController().signal };
    const input = httpCommands['http.send'].input.parse({ requestId: 'h1', environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/api/v1/volumes' });
    expect((await handlers['http.send'](input, context)).status).toBe(200);
    const listed = await historyHandlers({ history })['history.list']({ query: 'volumes', limit: 10 }, context);
    expect(listed.entries).toHaveLength(1);
    expect(await handlers['http.cancel']({ requestId: 'h1' }, context)).toEqual({ cancelled: false });
    await http.dispose();
  });

  it('refuse bad input at the boundary', () => {
    const send = httpCommands['http.send'].input;
    expect(send.safeParse({ requestId: 'x', method: 'TRACE', url: 'https://h' }).success).toBe(false);
    expect(send.safeParse({ requestId: 'x', method: 'GET', url: 'https://h', headers: [{ name: 'X', value: 'a\r\nInjected: 1' }] }).success).toBe(false);
    expect(send.safeParse({ requestId: 'x', method: 'GET', url: 'https://h', headers: [{ name: 'Bad Name', value: 'a' }] }).success).toBe(false);
    expect(httpCommands['http.fetchAll'].input.parse({ request: { requestId: 'x', method: 'GET', url: 'https://h' } }).cap).toBe(5000);
  });

  it('make Copy-as snippets from the environment and its connection, without the secret', async () => {
    const http = createHttpService({
      environments: fakeEnvironments('https://eu1.data.cloud.hpe.com'),
      connections: { get: (id) => (id === 'conn-1' ? { tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientAuth: 'basic' } : undefined) },
    });
    const result = await httpHandlers({ http })['http.snippet'](
      { language: 'curl', environmentId: 'real', method: 'GET', url: '{{baseUrl}}/api/v1/volumes?filter=name eq {{workspaceId}}', headers: [] },
      { signal: new AbortController().signal },
    );
    expect(result.text).toContain("'https://eu1.data.cloud.hpe.com/api/v1/volumes?filter=name%20eq%20ws%201%2B2'");
    expect(result.text).toContain('-u "${CLIENTID_ENCODED}:${CLIENTSECRET_ENCODED}"');
    await http.dispose();
  });
});
