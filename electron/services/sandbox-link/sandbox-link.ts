/**
 * Makes the Sandbox the app's embedded default: starts it on 127.0.0.1 and keeps a built-in
 * "Sandbox" connection and environment (and a limited-role pair, for seeing a 403) pointing at it.
 * Its port changes each launch, so the built-ins are refreshed every start; their demo secrets are
 * served from memory (they guard a local fake server and must work where no keychain runs).
 */
import type { ConnectionsService } from '../connections/connections-service';
import type { EnvironmentsService } from '../environments/environments-service';
import { connectionSecretKey } from '../keychain/secret-keys';
import { sandboxCredentials } from '../sandbox/auth/clients';
import { startSandbox, type Sandbox } from '../sandbox/sandbox';

/** Ids of the built-in Sandbox items. */
export const sandboxIds = { connection: 'sandbox', limitedConnection: 'sandbox-limited', environment: 'sandbox', limitedEnvironment: 'sandbox-limited' } as const;

/** What the link needs. */
export interface SandboxLinkDependencies {
  connections: ConnectionsService;
  environments: EnvironmentsService;
  /** The app-owned secrets map the vault serves from memory (see withAppOwnedSecrets). */
  ownedSecrets: Record<string, string>;
  tokenTtlSeconds?: number;
}

/** The running Sandbox, once started. */
export interface SandboxLink {
  start(): Promise<Sandbox>;
  /**
   * For a second process on the same folder (the command line): uses the Sandbox the app already runs
   * where the built-ins point, when it answers there to the demo credentials, and starts one only when
   * none does — so the app's built-ins are not pointed at a Sandbox that ends with the command.
   */
  join(): Promise<void>;
  current(): Sandbox | undefined;
  close(): Promise<void>;
}

/** Creates the link; `start` is idempotent. */
export function createSandboxLink(deps: SandboxLinkDependencies): SandboxLink {
  let running: Promise<Sandbox> | undefined;
  let sandbox: Sandbox | undefined;

  async function boot(): Promise<Sandbox> {
    sandbox = await startSandbox(deps.tokenTtlSeconds ? { tokenTtlSeconds: deps.tokenTtlSeconds } : {});
    const { credentials, tokenUrl, baseUrl } = sandbox;
    deps.ownedSecrets[connectionSecretKey(sandboxIds.connection)] = credentials.clientSecret;
    deps.ownedSecrets[connectionSecretKey(sandboxIds.limitedConnection)] = credentials.limitedClientSecret;
    deps.connections.ensureBuiltIn({ id: sandboxIds.connection, name: 'Sandbox', tokenUrl, clientId: credentials.clientId, clientAuth: 'body' });
    deps.connections.ensureBuiltIn({ id: sandboxIds.limitedConnection, name: 'Sandbox (limited role)', tokenUrl, clientId: credentials.limitedClientId, clientAuth: 'basic' });
    deps.environments.ensureBuiltIn({ id: sandboxIds.environment, name: 'Sandbox', variables: { baseUrl }, connectionId: sandboxIds.connection, isSandbox: true });
    deps.environments.ensureBuiltIn({ id: sandboxIds.limitedEnvironment, name: 'Sandbox (limited role)', variables: { baseUrl }, connectionId: sandboxIds.limitedConnection, isSandbox: true });
    // A first-run user lands in the Sandbox, so a request can be sent within a minute.
    if (deps.environments.getActive() === null) {
      try {
        deps.environments.setActive(sandboxIds.environment);
      } catch {
        // An environments file that cannot be read keeps its choice; the Sandbox still runs.
      }
    }
    return sandbox;
  }

  /** True when the built-ins point at a Sandbox that gives the demo client a token. */
  async function answering(): Promise<boolean> {
    const connection = deps.connections.find(sandboxIds.connection);
    if (!connection || !/^http:\/\/127\.0\.0\.1:\d+\//.test(connection.tokenUrl)) return false;
    try {
      const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: sandboxCredentials.clientId, client_secret: sandboxCredentials.clientSecret });
      const response = await fetch(connection.tokenUrl, { method: 'POST', body, signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  }
  let joining: Promise<void> | undefined;

  return {
    start: () => (running ??= boot()),
    join: () =>
      (joining ??= (async () => {
        if (running || !(await answering())) {
          await (running ??= boot());
          return;
        }
        // The app's Sandbox: same fixed demo clients, so only their secrets are needed here.
        deps.ownedSecrets[connectionSecretKey(sandboxIds.connection)] = sandboxCredentials.clientSecret;
        deps.ownedSecrets[connectionSecretKey(sandboxIds.limitedConnection)] = sandboxCredentials.limitedClientSecret;
      })()),
    current: () => sandbox,
    close: async () => {
      if (running) await (await running.catch(() => undefined))?.close();
    },
  };
}
