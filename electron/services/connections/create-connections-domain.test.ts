import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addConnectionSchema } from '../../../shared/contract/connections';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createDocumentStore } from '../store/document-store';
import { startTestTokenServer, type TestTokenServer } from '../tokens/test-token-server';
import { createConnectionsDomain } from './create-connections-domain';

let dir: string;
let server: TestTokenServer;
const events: { name: string; payload: unknown }[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-domain-'));
  server = await startTestTokenServer({ clients: { 'client-1': 'first-secret' } });
  events.length = 0;
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('connections domain', () => {
  it('a saved connection gets tokens; a reset secret is used at once; a deleted one is gone', async () => {
    const { connections, tokens } = createConnectionsDomain({
      stores: createDocumentStore({ folder: dir, by: 'test' }),
      vault: createMemoryVaultForTests(),
      emit: (name, payload) => events.push({ name, payload }),
    });
    const added = await connections.add(addConnectionSchema.parse({ kind: 'client-credentials', name: 'T', tokenUrl: server.tokenUrl, clientId: 'client-1', clientAuth: 'basic', secret: 'first-secret' }));
    expect(await tokens.getToken(added.id)).toBe(server.issued[0]);

    server.options.clients['client-1'] = 'second-secret'; // the secret was reset in the console
    await connections.update({ id: added.id, secret: 'second-secret' });
    expect((await tokens.status(added.id)).state).toBe('none');
    expect(await tokens.getToken(added.id)).toBe(server.issued[1]);

    await connections.delete(added.id);
    await expect(tokens.getToken(added.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(events.map((e) => e.name)).toContain('connections.tokenChanged');
    expect(events.map((e) => e.name)).toContain('connections.changed');
    expect(JSON.stringify(events)).not.toMatch(/first-secret|second-secret/);
    for (const token of server.issued) expect(JSON.stringify(events)).not.toContain(token);
  });
});
