/**
 * Offers the client id and secret a user may already have in `CLIENTID`/`CLIENTSECRET` (the variables
 * the GreenLake blog scripts use, seed 003). Only the id is ever shown; the secret goes from the
 * environment straight into the keychain.
 */
import type { EnvOffer } from '../../../shared/contract/connections';

/** The credentials found in an environment, if both are there. */
export function readEnvCredentials(env: Readonly<Record<string, string | undefined>>): { clientId: string; secret: string } | undefined {
  const clientId = env.CLIENTID?.trim();
  const secret = env.CLIENTSECRET?.trim();
  return clientId && secret ? { clientId, secret } : undefined;
}

/** What the UI may show: the client id only. */
export function envOfferOf(env: Readonly<Record<string, string | undefined>>): EnvOffer | null {
  const found = readEnvCredentials(env);
  return found ? { clientId: found.clientId } : null;
}
