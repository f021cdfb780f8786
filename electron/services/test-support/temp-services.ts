/**
 * The app's services, started for a test as the web host starts them, over a fresh temporary
 * user-data folder and an in-memory keychain (with the built-in Sandbox).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServices, type ServiceDependencies, type Services } from '../create-services';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createDocumentStore } from '../store/document-store';

/**
 * What the services of a test run on: the user-data folder `dir` with its document store, the web
 * platform, an in-memory keychain and no environment variables; `overrides` replaces any of them.
 */
export function testServiceDependencies(dir: string, overrides: Partial<ServiceDependencies> = {}): ServiceDependencies {
  return {
    userDataDir: dir,
    stores: createDocumentStore({ folder: dir, by: 'a test' }),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false } },
    version: 'test',
    vault: createMemoryVaultForTests(),
    env: {},
    ...overrides,
  };
}

/** Started services, and `stop()` to close them and delete their folder. */
export interface TempServices {
  services: Services;
  dir: string;
  stop(): Promise<void>;
}

/** Starts the services in a new folder named after `prefix` (e.g. "shoreline-send-scope-"). */
export async function startServicesInTempFolder(prefix: string): Promise<TempServices> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const services = await startServices(testServiceDependencies(dir));
  return {
    services,
    dir,
    stop: async () => {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
