/** The one way Shoreline keeps a secret: the OS keychain, behind an interface so tests can swap it. */

/**
 * Where secrets live. Every method rejects with `ShorelineError('keychain_unavailable')` when the
 * keychain is locked or missing; no implementation may fall back to storing a secret anywhere else.
 */
export interface SecretVault {
  /** Stores (or replaces) the secret under `key`. */
  set(key: string, secret: string): Promise<void>;
  /** The secret under `key`, or undefined when there is none. */
  get(key: string): Promise<string | undefined>;
  /** Removes the secret under `key`; resolves quietly when there was none. */
  delete(key: string): Promise<void>;
}
