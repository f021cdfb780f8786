/**
 * In-memory vaults for the unit tests of OTHER modules (connections, tokens). Never wire these into
 * the app: a secret kept here is lost on exit, and the product promise is "keychain or nothing".
 */
import { keychainUnavailableError } from '../../../shared/auth/token-errors';
import type { SecretVault } from './secret-vault';

/** A vault that can also show what it holds, for assertions. */
export interface MemoryVaultForTests extends SecretVault {
  readonly entries: Map<string, string>;
}

/** A working in-memory vault. TESTS ONLY. */
export function createMemoryVaultForTests(initial: Record<string, string> = {}): MemoryVaultForTests {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    set: async (key, secret) => {
      entries.set(key, secret);
    },
    get: async (key) => entries.get(key),
    delete: async (key) => {
      entries.delete(key);
    },
  };
}

/** A vault whose keychain is locked or missing: every call fails as the real one would. TESTS ONLY. */
export function createUnavailableVaultForTests(): SecretVault {
  const fail = async (): Promise<never> => {
    throw keychainUnavailableError('simulated: the keychain is locked');
  };
  return { set: fail, get: fail, delete: fail };
}
