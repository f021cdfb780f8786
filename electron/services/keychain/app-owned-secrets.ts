/**
 * A vault that answers a few keys from memory and passes every other key to the real keychain. Only
 * for secrets the app itself generates on each launch (the Sandbox's client secret, which guards a
 * local fake server): they must work even where no keychain runs. Never put a user's secret here.
 */
import { ShorelineError } from '../../../shared/errors';
import type { SecretVault } from './secret-vault';

/** Wraps `vault` so that the keys of `owned` are served from memory and cannot be changed. */
export function withAppOwnedSecrets(vault: SecretVault, owned: Readonly<Record<string, string>>): SecretVault {
  const refuse = async (): Promise<never> => {
    throw new ShorelineError('read_only', 'This secret belongs to a built-in connection and cannot be changed.');
  };
  return {
    set: (key, secret) => (Object.hasOwn(owned, key) ? refuse() : vault.set(key, secret)),
    get: async (key) => (Object.hasOwn(owned, key) ? owned[key] : vault.get(key)),
    delete: (key) => (Object.hasOwn(owned, key) ? refuse() : vault.delete(key)),
  };
}
