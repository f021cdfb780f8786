/** The claims of a Sandbox access token: those seed 000 shows, plus `hpe_token_type` and `permissions`. */
import { sandboxTenant } from '../data/tenant';
import type { SandboxClient } from './clients';
import type { Claims } from './jwt';

/** Builds the claims for `client`, issued at `nowMs` and living `ttlSeconds`. */
export function buildClaims(client: SandboxClient, issuer: string, nowMs: number, ttlSeconds: number): Claims {
  const iat = Math.floor(nowMs / 1000);
  return {
    client_id: client.clientId,
    iss: issuer,
    aud: 'external_api',
    sub: client.subject,
    user_ctx: sandboxTenant.userContext,
    auth_source: 'ccs_token_management',
    platform_customer_id: sandboxTenant.customerId,
    iat,
    application_instance_id: sandboxTenant.applicationInstanceId,
    exp: iat + ttlSeconds,
    hpe_token_type: 'api',
    permissions: [...client.permissions],
  };
}
