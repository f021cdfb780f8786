/** Wires services and handlers for a host that runs in plain Node (the web host, tests, tools). */
import { mkdirSync } from 'node:fs';
import type { Handlers } from '../../shared/contract/index';
import { createHandlers } from '../handlers/create-handlers';
import { findAppRoot } from '../services/app/app-root';
import { startServices, type Services } from '../services/create-services';
import { createDefaultFetch } from '../services/http/default-fetch';
import { createKeyringVault } from '../services/keychain/keyring-vault';
import type { SecretVault } from '../services/keychain/secret-vault';
import { createDocumentStore } from '../services/store/document-store';
import type { StoreFileSystem } from '../services/store/file-system';
import type { WatchTuning } from '../services/watch/watch-service';

/** Services and handlers of a Node-hosted Shoreline. */
export interface NodeApp {
  services: Services;
  handlers: Handlers;
}

/** Options for tests: another vault, a short Sandbox token lifetime. */
export interface NodeAppOptions {
  vault?: SecretVault;
  env?: Readonly<Record<string, string | undefined>>;
  sandboxTokenTtlSeconds?: number;
  /** Shorter watch intervals (end-to-end tests watch every 2 s). */
  watchTuning?: WatchTuning;
  /** Who this process is, for the message another process sharing the folder shows ("the Shoreline web host"). */
  by?: string;
  /** The store's disk (the benchmark counts reads through it). */
  fs?: StoreFileSystem;
}

/** Creates a Node-hosted app keeping its files in `userDataDir`, with the Sandbox running. */
export async function createNodeApp(userDataDir: string, options: NodeAppOptions = {}): Promise<NodeApp> {
  mkdirSync(userDataDir, { recursive: true });
  const env = options.env ?? process.env;
  const fetch = createDefaultFetch(env);
  const services = await startServices({
    userDataDir,
    stores: createDocumentStore({ folder: userDataDir, by: options.by ?? 'the Shoreline web host', ...(options.fs && { fs: options.fs }) }),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false } },
    version: findAppRoot().version,
    vault: options.vault ?? createKeyringVault(),
    env,
    fetch,
    tokenFetch: fetch as unknown as typeof globalThis.fetch,
    ...(options.sandboxTokenTtlSeconds && { sandboxTokenTtlSeconds: options.sandboxTokenTtlSeconds }),
    ...(options.watchTuning && { watchTuning: options.watchTuning }),
  });
  return { services, handlers: createHandlers(services) };
}
