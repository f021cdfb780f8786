/**
 * Secrets for the command line: the keychain first, and for a connection whose client id is
 * `CLIENTID`, the value of `CLIENTSECRET` when the keychain has none or cannot be reached (a CI
 * runner, an SSH session) — the variables HPE's own scripts use. Where no keychain can be reached,
 * storing that same secret is skipped rather than refused: the environment gives it again on every
 * run, and {@link EnvCredentialsVault.keptInEnvironmentOnly} says so. Nothing here writes a secret
 * anywhere else.
 */
import { toAppError } from '../../../shared/errors';
import { readEnvCredentials } from '../../services/connections/env-offer';
import { connectionSecretKey } from '../../services/keychain/secret-keys';
import type { SecretVault } from '../../services/keychain/secret-vault';

/** The vault, and which secrets it could only leave in the environment. */
export interface EnvCredentialsVault extends SecretVault {
  /** True when the secret of `connectionId` was not stored because no keychain could be reached (it comes from CLIENTSECRET). */
  keptInEnvironmentOnly(connectionId: string): boolean;
}

/** Wraps `vault`; `clientIdOf` says which client id a connection has (looked up when a secret is asked for). */
export function withEnvCredentials(vault: SecretVault, env: Readonly<Record<string, string | undefined>>, clientIdOf: (connectionId: string) => string | undefined): EnvCredentialsVault {
  const credentials = readEnvCredentials(env);
  const prefix = connectionSecretKey('');
  const envOnly = new Set<string>();
  const fromEnv = (key: string): string | undefined =>
    credentials && key.startsWith(prefix) && clientIdOf(key.slice(prefix.length)) === credentials.clientId ? credentials.secret : undefined;
  return {
    keptInEnvironmentOnly: (connectionId) => envOnly.has(connectionSecretKey(connectionId)),
    async set(key, secret) {
      try {
        await vault.set(key, secret);
      } catch (error) {
        const fromEnvironment = credentials !== undefined && key.startsWith(prefix) && secret === credentials.secret;
        if (!fromEnvironment || toAppError(error).code !== 'keychain_unavailable') throw error;
        envOnly.add(key);
      }
    },
    delete: (key) => vault.delete(key),
    async get(key) {
      const fallback = fromEnv(key);
      if (fallback === undefined) return vault.get(key);
      try {
        return (await vault.get(key)) ?? fallback;
      } catch {
        return fallback;
      }
    },
  };
}
