import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionsCommands } from '../../shared/contract/connections';
import { createConnectionsDomain } from '../services/connections/create-connections-domain';
import { createMemoryVaultForTests } from '../services/keychain/memory-vault-for-tests';
import { createDocumentStore } from '../services/store/document-store';
import { startTestTokenServer, type TestTokenServer } from '../services/tokens/test-token-server';
import { connectionsHandlers } from './connections-handlers';

type Name = keyof typeof connectionsCommands;
const context = { signal: new AbortController().signal };
let dir: string;
let server: TestTokenServer;
let handlers: ReturnType<typeof connectionsHandlers>;

/** Validates like a host does, then calls the handler. */
type Out<N extends Name> = Exclude<(typeof connectionsCommands)[N]['output'], undefined>;

async function call<N extends Name>(name: N, raw: unknown): Promise<Out<N>> {
  const input: unknown = connectionsCommands[name].input.parse(raw);
  const handler = handlers[name] as unknown as (input: unknown, c: typeof context) => Promise<Out<N>>;
  return handler(input, context);
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-handlers-'));
  server = await startTestTokenServer();
  const domain = createConnectionsDomain({ stores: createDocumentStore({ folder: dir, by: 'test' }), vault: createMemoryVaultForTests(), env: { CLIENTID: 'env-id', CLIENTSECRET: 'env-secret' } });
  handlers = connectionsHandlers(domain);
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('connections handlers', () => {
  it('only copyToken returns the raw token; list, get, status and test never do', async () => {
    const added = await call('connections.add', { kind: 'client-credentials', name: 'T', tokenUrl: server.tokenUrl, clientId: 'test-client', secret: 'test-secret' });
    const tested = await call('connections.test', { connectionId: added.id });
    expect(tested.ok).toBe(true);
    const status = await call('connections.tokenStatus', { connectionId: added.id });
    const { accessToken } = await call('connections.copyToken', { connectionId: added.id });
    expect(accessToken).toBe(server.issued.at(-1));
    const seen = JSON.stringify([await call('connections.list', {}), await call('connections.get', { id: added.id }), status, tested, await call('connections.envOffer', {})]);
    expect(seen).not.toContain('test-secret');
    expect(seen).not.toContain('env-secret');
    for (const token of server.issued) expect(seen).not.toContain(token);
    const renewed = await call('connections.renewToken', { connectionId: added.id });
    expect(renewed.state).toBe('valid');
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('tests unsaved credentials and reports a wrong secret as data, not a throw', async () => {
    const outcome = await call('connections.test', { tokenUrl: server.tokenUrl, clientId: 'test-client', secret: 'wrong' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_client' } });
  });

  it('update, duplicate, delete and the environment offer go through', async () => {
    const added = await call('connections.add', { kind: 'client-credentials', name: 'T', tokenUrl: server.tokenUrl, clientId: 'test-client', secret: 'test-secret' });
    expect((await call('connections.update', { id: added.id, name: 'Renamed' })).name).toBe('Renamed');
    const copy = await call('connections.duplicate', { id: added.id });
    await call('connections.delete', { id: added.id });
    expect((await call('connections.list', {})).map((c) => c.id)).toEqual([copy.id]);
    const fromEnv = await call('connections.acceptEnvOffer', { name: 'Env', tokenUrl: server.tokenUrl });
    expect(fromEnv.clientId).toBe('env-id');
  });
});

describe('connections input at the boundary', () => {
  const add = connectionsCommands['connections.add'].input;
  const base = { kind: 'client-credentials', name: 'T', tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientId: 'c', secret: 's' };

  it('accepts a normal connection, defaulting to credentials in the body', () => {
    expect(add.parse(base)).toMatchObject({ clientAuth: 'body' });
  });

  it('refuses a workspace URL left with {workspaceId}, a non-http URL, a huge secret and unknown fields', () => {
    const workspace = add.safeParse({ ...base, tokenUrl: 'https://global.api.greenlake.hpe.com/authorization/v2/oauth2/{workspaceId}/token' });
    expect(workspace.success).toBe(false);
    expect(JSON.stringify(workspace.error?.issues)).toMatch(/Replace \{workspaceId\}/);
    expect(add.safeParse({ ...base, tokenUrl: 'ftp://x.example/token' }).success).toBe(false);
    expect(add.safeParse({ ...base, secret: 'x'.repeat(20_000) }).success).toBe(false);
    expect(add.safeParse({ ...base, secret: '   ' }).success).toBe(false);
    expect(add.safeParse({ ...base, builtIn: true }).success).toBe(false);
    expect(add.safeParse({ kind: 'pasted-token', name: 'P', secret: 't', tokenUrl: 'https://x.example' }).success).toBe(false);
  });
});
