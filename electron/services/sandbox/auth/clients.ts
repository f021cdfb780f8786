/**
 * The Sandbox's two demo API clients and the permissions their tokens carry. The secrets are fixed,
 * obviously fake, and contain `+ : % &` on purpose: a client that forgets to form-urlencode them
 * (RFC 6749 §2.3.1) fails here the way it would fail on a real secret that happens to hold them.
 */

/** The demo credentials, as `startSandbox` reports them. */
export interface SandboxCredentials {
  clientId: string;
  clientSecret: string;
  /** A client whose token lacks `data-services.volume.read`: `GET /api/v1/volumes` answers 403. */
  limitedClientId: string;
  limitedClientSecret: string;
}

/** The fixed demo credentials. */
export const sandboxCredentials: SandboxCredentials = {
  clientId: 'sandbox-client',
  clientSecret: 'demo+secret:sandbox%&1',
  limitedClientId: 'sandbox-limited-client',
  limitedClientSecret: 'limited+secret:sandbox%&2',
};

/** The permission each API route checks in the token's `permissions` claim. */
export const permissions = {
  storageSystemRead: 'data-services.storage-system.read',
  volumeRead: 'data-services.volume.read',
  auditEventRead: 'data-services.audit-event.read',
  serverRead: 'compute-ops-mgmt.server.read',
  auditLogRead: 'audit-log.log.read',
  catalogRead: 'private-cloud-business.system-software-catalog.read',
} as const;

/** A registered client: who it authenticates as and what its tokens allow. */
export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  /** The token's `sub`. */
  subject: string;
  permissions: readonly string[];
}

const everything = Object.values(permissions);

/** The two clients made from `credentials`. */
export function sandboxClients(credentials: SandboxCredentials): SandboxClient[] {
  return [
    { clientId: credentials.clientId, clientSecret: credentials.clientSecret, subject: 'ada.admin@example.com', permissions: everything },
    {
      clientId: credentials.limitedClientId,
      clientSecret: credentials.limitedClientSecret,
      subject: 'olga.observer@example.com',
      permissions: everything.filter((permission) => permission !== permissions.volumeRead),
    },
  ];
}
