import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addConnectionSchema } from '../../../shared/contract/connections';
import { ShorelineError } from '../../../shared/errors';
import { createMemoryVaultForTests, createUnavailableVaultForTests, type MemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import type { SecretVault } from '../keychain/secret-vault';
import { createDocumentStore } from '../store/document-store';
import { signTestJwt } from '../tokens/test-token-server';
import { createConnectionsService } from './connections-service';

const secret = 'a+b:c%d&e=f-very-secret';
let dir: string;
let vault: MemoryVaultForTests;
let forgotten: string[];
let deleted: string[];
let emitted: unknown[];
let clock: number;

function service(options: { vault?: SecretVault; env?: Record<string, string> } = {}) {
  let n = 0;
  return createConnectionsService({
    stores: createDocumentStore({ folder: dir, by: 'test' }),
    vault: options.vault ?? vault,
    tokens: { forget: (id) => forgotten.push(id) },
    env: options.env ?? {},
    emit: (name, payload) => emitted.push({ name, payload }),
    now: () => clock,
    newId: () => `id-${++n}`,
    onDeleted: (id) => deleted.push(id),
  });
}

const fileText = () => (existsSync(join(dir, 'connections.json')) ? readFileSync(join(dir, 'connections.json'), 'utf8') : '');
const input = (overrides: Record<string, unknown> = {}) =>
  addConnectionSchema.parse({ kind: 'client-credentials', name: 'GreenLake EU', tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientId: 'client-1', secret, ...overrides });

async function failure(promise: Promise<unknown>): Promise<ShorelineError> {
  const thrown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(ShorelineError);
  return thrown as ShorelineError;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-connections-'));
  vault = createMemoryVaultForTests();
  forgotten = [];
  deleted = [];
  emitted = [];
  clock = Date.UTC(2026, 10, 22, 9, 0, 0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('adding', () => {
  it('keeps the secret in the keychain only: never in the file, the answer, the list or an event', async () => {
    const connections = service();
    const added = await connections.add(input({ scope: 'read' }));
    expect(added).toEqual({
      id: 'id-1',
      name: 'GreenLake EU',
      kind: 'client-credentials',
      tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2',
      clientId: 'client-1',
      clientAuth: 'body',
      scope: 'read',
      builtIn: false,
      hasSecret: true,
      createdAt: '2026-11-22T09:00:00.000Z',
    });
    expect(vault.entries.get('connection:id-1')).toBe(secret);
    expect(fileText()).toContain('client-1');
    expect(fileText()).not.toContain(secret);
    expect(JSON.stringify([connections.list(), connections.get('id-1'), emitted])).not.toContain(secret);
    expect(service().list()).toHaveLength(1); // persisted
  });

  it('saves nothing at all when the keychain is locked', async () => {
    const error = await failure(service({ vault: createUnavailableVaultForTests() }).add(input()));
    expect(error.code).toBe('keychain_unavailable');
    expect(service().list()).toEqual([]);
    expect(fileText()).not.toContain(secret);
  });

  it('accepts a pasted token (cleaned of "Bearer "), stores it in the keychain, refuses an expired one', async () => {
    const token = signTestJwt({ client_id: 'from-claims', iat: clock / 1000, exp: clock / 1000 + 900 });
    const connections = service();
    const added = await connections.add(addConnectionSchema.parse({ kind: 'pasted-token', name: 'From console', secret: `Bearer ${token}\n` }));
    expect(added).toMatchObject({ kind: 'pasted-token', clientId: 'from-claims', tokenUrl: '', hasSecret: true });
    expect(vault.entries.get(`connection:${added.id}`)).toBe(token);
    expect(fileText()).not.toContain(token);
    const expired = signTestJwt({ exp: clock / 1000 - 1 });
    const error = await failure(connections.add(addConnectionSchema.parse({ kind: 'pasted-token', name: 'Old', secret: expired })));
    expect(error.message).toMatch(/expired/);
    expect(connections.list()).toHaveLength(1);
  });
});

describe('updating', () => {
  it('keeps the secret when none is given and replaces it when one is', async () => {
    const connections = service();
    await connections.add(input());
    await connections.update({ id: 'id-1', name: 'Renamed' });
    expect(vault.entries.get('connection:id-1')).toBe(secret);
    expect(forgotten).toEqual([]); // a new name does not invalidate the token
    await connections.update({ id: 'id-1', secret: 'new-secret' });
    expect(vault.entries.get('connection:id-1')).toBe('new-secret');
    expect(forgotten).toEqual(['id-1']);
    await connections.update({ id: 'id-1', clientAuth: 'basic', scope: null });
    expect(connections.get('id-1')).toMatchObject({ name: 'Renamed', clientAuth: 'basic' });
    expect(connections.get('id-1').scope).toBeUndefined();
    expect(fileText()).not.toContain('new-secret');
  });

  it('refuses token-URL fields on a pasted-token connection, and unknown ids', async () => {
    const connections = service();
    const pasted = await connections.add(addConnectionSchema.parse({ kind: 'pasted-token', name: 'P', secret: 'opaque-token' }));
    expect((await failure(connections.update({ id: pasted.id, tokenUrl: 'https://x.example/token' }))).code).toBe('invalid_input');
    expect((await failure(connections.update({ id: 'missing', name: 'x' }))).code).toBe('not_found');
  });
});

describe('duplicating and deleting', () => {
  it('a duplicate gets its own copy of the keychain secret and a free name', async () => {
    const connections = service();
    await connections.add(input());
    const copy = await connections.duplicate('id-1');
    const again = await connections.duplicate('id-1');
    expect(copy).toMatchObject({ id: 'id-2', name: 'GreenLake EU (copy)', clientId: 'client-1', hasSecret: true });
    expect(again.name).toBe('GreenLake EU (copy 2)');
    expect(vault.entries.get('connection:id-2')).toBe(secret);
    await connections.update({ id: 'id-2', secret: 'changed' });
    expect(vault.entries.get('connection:id-1')).toBe(secret);
  });

  it('delete removes the keychain entry, the record and the token, and tells environments', async () => {
    const connections = service();
    await connections.add(input());
    await connections.delete('id-1');
    expect(vault.entries.has('connection:id-1')).toBe(false);
    expect(connections.list()).toEqual([]);
    expect(forgotten).toEqual(['id-1']);
    expect(deleted).toEqual(['id-1']);
  });

  it('a locked keychain keeps the connection rather than orphaning its secret', async () => {
    await service().add(input());
    const error = await failure(service({ vault: createUnavailableVaultForTests() }).delete('id-1'));
    expect(error.code).toBe('keychain_unavailable');
    expect(service().list()).toHaveLength(1);
  });
});

describe('offer from the environment', () => {
  const env = { CLIENTID: ' env-client ', CLIENTSECRET: secret };

  it('offers the client id only, then stores the secret straight into the keychain', async () => {
    const connections = service({ env });
    const offer = connections.envOffer();
    expect(offer).toEqual({ clientId: 'env-client' });
    expect(JSON.stringify(offer)).not.toContain(secret);
    const added = await connections.acceptEnvOffer({ name: 'From env', tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientAuth: 'basic' });
    expect(added).toMatchObject({ clientId: 'env-client', clientAuth: 'basic', hasSecret: true });
    expect(vault.entries.get(`connection:${added.id}`)).toBe(secret);
    expect(fileText()).not.toContain(secret);
    expect(connections.envOffer()).toBeNull(); // already saved
  });

  it('still offers when only a built-in connection (the Sandbox) has that client id', () => {
    const connections = service({ env });
    connections.ensureBuiltIn({ id: 'sandbox', name: 'Sandbox', tokenUrl: 'http://127.0.0.1:1/as/token.oauth2', clientId: 'env-client', clientAuth: 'body' });
    expect(connections.envOffer()).toEqual({ clientId: 'env-client' });
  });

  it('offers nothing without both variables', async () => {
    expect(service({ env: { CLIENTID: 'x' } }).envOffer()).toBeNull();
    const error = await failure(service().acceptEnvOffer({ name: 'x', tokenUrl: 'https://x.example/t', clientAuth: 'body' }));
    expect(error.code).toBe('not_found');
  });
});

describe('built-in connections and damaged files', () => {
  it('a built-in connection cannot be changed or deleted, but can be duplicated', async () => {
    const connections = service();
    connections.ensureBuiltIn({ id: 'sandbox', name: 'Sandbox', tokenUrl: 'http://127.0.0.1:1/token', clientId: 'sandbox', clientAuth: 'body' });
    expect(connections.get('sandbox').builtIn).toBe(true);
    expect((await failure(connections.update({ id: 'sandbox', name: 'x' }))).code).toBe('read_only');
    expect((await failure(connections.delete('sandbox'))).code).toBe('read_only');
    expect((await connections.duplicate('sandbox')).builtIn).toBe(false);
  });

  it('skips records that are not connections instead of failing', () => {
    writeFileSync(join(dir, 'connections.json'), JSON.stringify({ connections: [{ id: 'ok', name: 'Fine', kind: 'client-credentials' }, { id: 3 }, 'junk'] }));
    expect(service().list().map((c) => c.id)).toEqual(['ok']);
  });
});
