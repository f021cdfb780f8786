/**
 * The app's services, started for a test as the web host starts them, over a fresh temporary
 * user-data folder and an in-memory keychain (with the built-in Sandbox).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServices, type Services } from '../create-services';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createDocumentStore } from '../store/document-store';

/** Started services, and `stop()` to close them and delete their folder. */
export interface TempServices {
  services: Services;
  dir: string;
  stop(): Promise<void>;
}

/** Starts the services in a new folder named after `prefix` (e.g. "shoreline-send-scope-"). */
export async function startServicesInTempFolder(prefix: string): Promise<TempServices> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const services = await startServices({
    userDataDir: dir,
    stores: createDocumentStore({ folder: dir, by: 'a test' }),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false } },
    version: 'test',
    vault: createMemoryVaultForTests(),
    env: {},
  });
  return {
    services,
    dir,
    stop: async () => {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
