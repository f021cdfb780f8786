/**
 * The services of the command line: the same ones as the app, over the same user-data folder,
 * without starting the Sandbox (it starts only when a connection or environment needs it) and
 * without resuming the app's watches.
 */
import { mkdirSync } from 'node:fs';
import { findAppRoot } from '../../services/app/app-root';
import { createServices, type Services } from '../../services/create-services';
import { createDefaultFetch } from '../../services/http/default-fetch';
import { createKeyringVault } from '../../services/keychain/keyring-vault';
import { sandboxIds } from '../../services/sandbox-link/sandbox-link';
import { createDocumentStore } from '../../services/store/document-store';
import { withEnvCredentials } from './env-credentials-vault';

/** The command line's services, and the Sandbox on demand. */
export interface CliServices extends Services {
  /** Uses the app's running Sandbox, or starts one, when `ids` (connection or environment ids) name one of its built-ins. */
  sandboxIfNeeded(ids: readonly (string | undefined)[]): Promise<void>;
  /** True when a connection's secret could not go to the keychain (none could be reached) and comes from CLIENTSECRET. */
  secretFromEnvironmentOnly(connectionId: string): boolean;
}

const sandboxIdSet: ReadonlySet<string> = new Set(Object.values(sandboxIds));

/** Opens the services over `userDataDir`. */
export function openCliServices(userDataDir: string, env: Readonly<Record<string, string | undefined>>): CliServices {
  mkdirSync(userDataDir, { recursive: true });
  const fetch = createDefaultFetch(env);
  const ttl = Number(env.SHORELINE_SANDBOX_TOKEN_TTL ?? '') || undefined;
  // The vault asks for a connection's client id only when a secret is wanted, after the services exist.
  const vault = withEnvCredentials(createKeyringVault(), env, (id) => services.connections.find(id)?.clientId);
  const services: Services = createServices({
    userDataDir,
    stores: createDocumentStore({ folder: userDataDir, by: 'the shoreline command line' }),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false } },
    version: findAppRoot().version,
    vault,
    env,
    fetch,
    tokenFetch: fetch as unknown as typeof globalThis.fetch,
    ...(ttl && { sandboxTokenTtlSeconds: ttl }),
  });
  return Object.assign(services, {
    secretFromEnvironmentOnly: (connectionId: string) => vault.keptInEnvironmentOnly(connectionId),
    async sandboxIfNeeded(ids: readonly (string | undefined)[]) {
      if (ids.some((id) => id !== undefined && sandboxIdSet.has(id))) await services.sandbox.join();
    },
  });
}
