/**
 * Secrets for the command line: the keychain first, and for a connection whose client id is
 * `CLIENTID`, the value of `CLIENTSECRET` when the keychain has none or cannot be reached (a CI
 * runner, an SSH session) — the variables HPE's own scripts use. The environment's secret is never
 * written anywhere by this vault.
 */
import { connectionSecretKey } from '../../services/keychain/secret-keys';
import type { SecretVault } from '../../services/keychain/secret-vault';
import { readEnvCredentials } from '../../services/connections/env-offer';

/** Wraps `vault`; `clientIdOf` says which client id a connection has (looked up when a secret is asked for). */
export function withEnvCredentials(vault: SecretVault, env: Readonly<Record<string, string | undefined>>, clientIdOf: (connectionId: string) => string | undefined): SecretVault {
  const credentials = readEnvCredentials(env);
  if (!credentials) return vault;
  const fromEnv = (key: string): string | undefined => {
    const prefix = connectionSecretKey('');
    if (!key.startsWith(prefix)) return undefined;
    return clientIdOf(key.slice(prefix.length)) === credentials.clientId ? credentials.secret : undefined;
  };
  return {
    set: (key, secret) => vault.set(key, secret),
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
