/**
 * The Sandbox's demo API clients and the permissions their tokens carry. The two demo clients have
 * 32-hex-digit secrets, as GreenLake's are (spelled so no one takes them for real ones), and accept HTTP Basic or the form body the way
 * GreenLake's token server does, so HPE's own scripts (which send Basic without encoding) work.
 * Two more clients are registered for one way each and have secrets holding `+ : % &` and a space:
 * a client that forgets to form-urlencode (RFC 6749 §2.3.1), or picks the other way, fails on them
 * as it would on a real server.
 */

/** The demo credentials, as `startSandbox` reports them (and `npm run sandbox` prints them). */
export interface SandboxCredentials {
  clientId: string;
  clientSecret: string;
  /** A client whose token lacks `data-services.volume.read`: `GET /api/v1/volumes` answers 403. */
  limitedClientId: string;
  limitedClientSecret: string;
  /** A client registered for HTTP Basic only, with a secret that needs encoding. */
  basicClientId: string;
  basicClientSecret: string;
  /** A client registered for the form body only, with a secret that needs encoding. */
  bodyClientId: string;
  bodyClientSecret: string;
}

/** The fixed demo credentials. */
export const sandboxCredentials: SandboxCredentials = {
  clientId: 'sandbox-client',
  clientSecret: 'deadbeefdeadbeefdeadbeefdeadbeef',
  limitedClientId: 'sandbox-limited-client',
  limitedClientSecret: 'feedfacefeedfacefeedfacefeedface',
  basicClientId: 'sandbox-basic-client',
  basicClientSecret: 'basic+secret:sandbox% &1',
  bodyClientId: 'sandbox-body-client',
  bodyClientSecret: 'body+secret:sandbox% &2',
};

/** How a client may authenticate at the token endpoint (RFC 7591 `token_endpoint_auth_method`). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

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
  /** The ways this client is registered to authenticate. */
  authMethods: readonly ClientAuthMethod[];
}

const everything = Object.values(permissions);

const eitherWay: readonly ClientAuthMethod[] = ['client_secret_basic', 'client_secret_post'];

/** The clients made from `credentials`. */
export function sandboxClients(credentials: SandboxCredentials): SandboxClient[] {
  return [
    { clientId: credentials.clientId, clientSecret: credentials.clientSecret, subject: 'ada.admin@example.com', permissions: everything, authMethods: eitherWay },
    {
      clientId: credentials.limitedClientId,
      clientSecret: credentials.limitedClientSecret,
      subject: 'olga.observer@example.com',
      permissions: everything.filter((permission) => permission !== permissions.volumeRead),
      authMethods: eitherWay,
    },
    { clientId: credentials.basicClientId, clientSecret: credentials.basicClientSecret, subject: 'basil.basic@example.com', permissions: everything, authMethods: ['client_secret_basic'] },
    { clientId: credentials.bodyClientId, clientSecret: credentials.bodyClientSecret, subject: 'bodil.body@example.com', permissions: everything, authMethods: ['client_secret_post'] },
  ];
}
