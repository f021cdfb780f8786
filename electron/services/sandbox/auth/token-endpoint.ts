/**
 * `POST /as/token.oauth2`, GreenLake's token endpoint path: the OAuth 2.0 client-credentials
 * grant (RFC 6749 §4.4) with errors as §5.2 words them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lingerThenClose, readLimitedBody } from '../http/read-limited-body';
import { sendJson } from '../http/send-json';
import { authenticateClient } from './client-authentication';
import type { SandboxClient } from './clients';
import { parseFormBody } from './form-body';
import { signJwt } from './jwt';
import type { SigningKey } from './signing-key';
import { buildClaims } from './token-claims';

/** The path GreenLake's token endpoint lives at. */
export const tokenPath = '/as/token.oauth2';
/** The largest token request accepted. */
export const maxTokenBodyBytes = 64 * 1024;

/** What the token endpoint needs. */
export interface TokenEndpointDeps {
  key: SigningKey;
  clients: readonly SandboxClient[];
  ttlSeconds: number;
  now: () => number;
  issuer: string;
}

const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthError(res: ServerResponse, status: number, error: string, description: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error, error_description: description }, { ...noStore, ...headers });
}

/** Answers one request to the token endpoint; never throws for bad input. */
export async function handleTokenRequest(req: IncomingMessage, res: ServerResponse, deps: TokenEndpointDeps): Promise<void> {
  if (req.method !== 'POST') {
    oauthError(res, 405, 'invalid_request', 'The token endpoint accepts POST only.', { Allow: 'POST' });
    req.resume();
    return;
  }
  const body = await readLimitedBody(req, maxTokenBodyBytes);
  if (body === 'too_large') {
    oauthError(res, 413, 'invalid_request', `The request body is larger than the ${maxTokenBodyBytes / 1024} KB the token endpoint accepts.`, {
      Connection: 'close',
    });
    lingerThenClose(req);
    return;
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    oauthError(res, 400, 'invalid_request', 'Send the token request as Content-Type: application/x-www-form-urlencoded.');
    return;
  }
  const form = parseFormBody(body);
  if (!form.ok) return oauthError(res, 400, 'invalid_request', form.reason);
  const grant = form.fields.get('grant_type');
  if (grant === undefined) return oauthError(res, 400, 'invalid_request', 'grant_type is missing; use grant_type=client_credentials.');
  if (grant !== 'client_credentials') {
    return oauthError(res, 400, 'unsupported_grant_type', `The grant type '${grant}' is not supported; use client_credentials.`);
  }
  const auth = authenticateClient(req.headers.authorization, form.fields, deps.clients);
  if (!auth.ok) {
    const status = auth.error === 'invalid_client' ? 401 : 400;
    const challenge: Record<string, string> = status === 401 && auth.basic ? { 'WWW-Authenticate': 'Basic realm="shoreline-sandbox"' } : {};
    return oauthError(res, status, auth.error, auth.description, challenge);
  }
  const claims = buildClaims(auth.client, deps.issuer, deps.now(), deps.ttlSeconds);
  sendJson(res, 200, { access_token: signJwt(claims, deps.key), token_type: 'Bearer', expires_in: deps.ttlSeconds }, noStore);
}
