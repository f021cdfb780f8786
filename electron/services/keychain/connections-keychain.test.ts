import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addConnectionSchema } from '../../../shared/contract/connections';
import { createConnectionsService } from '../connections/connections-service';
import { createDocumentStore } from '../store/document-store';
import { createKeyringVault } from './keyring-vault';

// Connections over the REAL keychain (only inside build/with-keyring.sh's private keyring).
const realKeyring = !!process.env.SHORELINE_KEYRING_READY;

describe.runIf(realKeyring)('connections with the real keychain', () => {
  const vault = createKeyringVault({ service: 'Shoreline-test-connections' });
  const secret = `s3cr3t+${Math.random().toString(36).slice(2)}:%&=`;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shoreline-kc-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('add, duplicate and delete act on the keychain; the store file never holds the secret', async () => {
    const connections = createConnectionsService({ stores: createDocumentStore({ folder: dir, by: 'test' }), vault, tokens: { forget: () => undefined } });
    const added = await connections.add(addConnectionSchema.parse({ kind: 'client-credentials', name: 'Real', tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2', clientId: 'c', secret }));
    expect(await vault.get(`connection:${added.id}`)).toBe(secret);
    const copy = await connections.duplicate(added.id);
    expect(await vault.get(`connection:${copy.id}`)).toBe(secret);
    expect(readFileSync(join(dir, 'connections.json'), 'utf8')).not.toContain(secret);

    await connections.delete(added.id);
    expect(await vault.get(`connection:${added.id}`)).toBeUndefined();
    expect(await vault.get(`connection:${copy.id}`)).toBe(secret);
    await connections.delete(copy.id);
    expect(await vault.get(`connection:${copy.id}`)).toBeUndefined();
  });
});
