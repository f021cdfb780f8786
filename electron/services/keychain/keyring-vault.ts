/**
 * The real {@link SecretVault}: macOS Keychain, Windows Credential Manager or the Linux Secret
 * Service through `@napi-rs/keyring`. On Linux the store is pinned to the Secret Service: left to
 * itself the library falls back to the kernel keyring, which may be unavailable or non-persistent.
 */
import { AsyncEntry } from '@napi-rs/keyring';
import { keychainUnavailableError } from '../../../shared/auth/token-errors';
import { scrubSecrets } from '../../../shared/auth/scrub';
import type { SecretVault } from './secret-vault';

/** The keychain "service" every Shoreline entry is filed under. */
export const keychainService = 'Shoreline';

/** Options of {@link createKeyringVault}. */
export interface KeyringVaultOptions {
  /** The keychain service name (tests use their own so they never meet the app's entries). */
  service?: string;
}

const entryOptions = { linux: { store: 'secret-service' as const } };

function describe(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

/** Creates the keychain-backed vault; `key` is the keychain account name (e.g. `connection:<id>`). */
export function createKeyringVault(options: KeyringVaultOptions = {}): SecretVault {
  const service = options.service ?? keychainService;
  async function run<T>(work: () => Promise<T>, secret?: string): Promise<T> {
    try {
      return await work();
    } catch (thrown) {
      throw keychainUnavailableError(scrubSecrets(describe(thrown), [secret]));
    }
  }
  return {
    set: (key, secret) => run(() => new AsyncEntry(service, key, entryOptions).setPassword(secret), secret),
    get: (key) => run(async () => (await new AsyncEntry(service, key, entryOptions).getPassword()) ?? undefined),
    delete: (key) =>
      run(async () => {
        await new AsyncEntry(service, key, entryOptions).deleteCredential();
      }),
  };
}
