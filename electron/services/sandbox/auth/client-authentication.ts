/**
 * Finds which client is calling the token endpoint, from HTTP Basic or from the form body
 * (RFC 6749 §2.3.1). Basic credentials are form-urlencoded before base64, so they are decoded here.
 */
import type { ClientAuthMethod, SandboxClient } from './clients';
import { formDecode } from './form-body';

/** The outcome: the client, or the OAuth error to answer with. */
export type ClientAuthResult =
  | { ok: true; client: SandboxClient }
  | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string; basic: boolean };

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

function find(clients: readonly SandboxClient[], id: string, secret: string): SandboxClient | undefined {
  return clients.find((client) => client.clientId === id && client.clientSecret === secret);
}

const methodWords: Record<ClientAuthMethod, string> = {
  client_secret_basic: 'HTTP Basic authentication (client_secret_basic): send the id and secret in the Authorization header',
  client_secret_post: 'credentials in the request body (client_secret_post): send client_id and client_secret as form fields',
};

/** The refusal for a known client that used a way it is not registered for (checked before its secret, as real servers do). */
function wrongMethod(clients: readonly SandboxClient[], id: string | undefined, used: ClientAuthMethod): ClientAuthResult | undefined {
  const client = id === undefined ? undefined : clients.find((c) => c.clientId === id);
  if (!client || client.authMethods.includes(used)) return undefined;
  const registered = client.authMethods[0] as ClientAuthMethod;
  const usedWords = used === 'client_secret_basic' ? 'HTTP Basic' : 'the request body';
  return {
    ok: false,
    error: 'invalid_client',
    description: `Client authentication failed: this client is registered for ${methodWords[registered]}, not ${usedWords}.`,
    basic: used === 'client_secret_basic',
  };
}

function fromBasic(header: string, clients: readonly SandboxClient[]): ClientAuthResult {
  const encoded = header.replace(/^Basic\s+/i, '').trim();
  const decoded = base64.test(encoded) ? Buffer.from(encoded, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) {
    return { ok: false, error: 'invalid_client', description: 'The Basic credentials are not base64 of "client_id:client_secret".', basic: true };
  }
  const rawId = decoded.slice(0, colon);
  const rawSecret = decoded.slice(colon + 1);
  const id = formDecode(rawId);
  const secret = formDecode(rawSecret);
  const refused = wrongMethod(clients, id, 'client_secret_basic') ?? wrongMethod(clients, rawId, 'client_secret_basic');
  if (refused) return refused;
  const client = id === undefined || secret === undefined ? undefined : find(clients, id, secret);
  if (client) return { ok: true, client };
  const description = find(clients, rawId, rawSecret)
    ? 'Client authentication failed: form-urlencode the client id and secret before base64-encoding them for HTTP Basic (RFC 6749 section 2.3.1).'
    : 'Client authentication failed: unknown client or wrong secret.';
  return { ok: false, error: 'invalid_client', description, basic: true };
}

/** Authenticates the caller from the `Authorization` header or the form fields. */
export function authenticateClient(authorization: string | undefined, fields: Map<string, string>, clients: readonly SandboxClient[]): ClientAuthResult {
  const basic = authorization !== undefined && /^Basic\s/i.test(authorization);
  if (basic) {
    if (fields.has('client_secret')) {
      return { ok: false, error: 'invalid_request', description: 'Use one client authentication method: HTTP Basic or client_secret in the body, not both.', basic };
    }
    const result = fromBasic(authorization, clients);
    const bodyId = fields.get('client_id');
    if (result.ok && bodyId !== undefined && bodyId !== result.client.clientId) {
      return { ok: false, error: 'invalid_request', description: 'client_id in the body differs from the one in HTTP Basic.', basic };
    }
    return result;
  }
  const id = fields.get('client_id');
  const secret = fields.get('client_secret');
  if (id === undefined || secret === undefined) {
    return {
      ok: false,
      error: 'invalid_client',
      description: 'Client authentication failed: send client_id and client_secret in the body or use HTTP Basic.',
      basic: false,
    };
  }
  const refused = wrongMethod(clients, id, 'client_secret_post');
  if (refused) return refused;
  const client = find(clients, id, secret);
  if (client) return { ok: true, client };
  return { ok: false, error: 'invalid_client', description: 'Client authentication failed: unknown client or wrong secret.', basic: false };
}
