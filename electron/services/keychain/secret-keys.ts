/** The keychain account names Shoreline files secrets under, in one place so no two modules disagree. */

/** The keychain account of a connection's client secret or pasted token. */
export function connectionSecretKey(connectionId: string): string {
  return `connection:${connectionId}`;
}
