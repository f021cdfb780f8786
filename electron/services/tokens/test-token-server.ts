/**
 * A tiny OAuth2 token server on 127.0.0.1 for the tests of this folder (the app's Sandbox is built
 * elsewhere and not depended on). It records every request byte for byte, issues HS256 JWTs on its
 * own clock, can be told to answer anything next, and serves one protected API path that answers
 * 401 for expired or revoked tokens.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A canned answer served instead of the normal behaviour. */
export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Behaviour that tests may change at any time. */
export interface TokenServerOptions {
  /** Accepted client ids and secrets. */
  clients: Record<string, string>;
  lifetimeSeconds: number;
  /** Whether the answer carries `expires_in` (else only the JWT's `exp` tells). */
  sendExpiresIn: boolean;
  /** The server's clock (epoch ms). */
  now: () => number;
}

/** A running test token server. */
export interface TestTokenServer {
  readonly tokenUrl: string;
  /** A protected path: 200 with a valid bearer token, else 401. */
  readonly apiUrl: string;
  readonly options: TokenServerOptions;
  /** Every request to the token path, in order. */
  readonly tokenRequests: RecordedRequest[];
  /** Every access token issued, in order. */
  readonly issued: string[];
  /** Serves these answers (in order) before behaving normally again. */
  respondNext(...responses: CannedResponse[]): void;
  /** Makes every token issued so far answer 401 on the API path. */
  revokeAll(): void;
  close(): Promise<void>;
}

const signingKey = 'shoreline-test-signing-key';

function base64Url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** Signs an HS256 JWT with the test key. */
export function signTestJwt(claims: Record<string, unknown>): string {
  const head = `${base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'test' }))}.${base64Url(JSON.stringify(claims))}`;
  return `${head}.${base64Url(createHmac('sha256', signingKey).update(head).digest())}`;
}

/** Form-decodes one value (RFC 6749 §2.3.1 applies it to Basic credentials too). */
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

function clientFrom(headers: IncomingHttpHeaders, form: URLSearchParams): { id?: string; secret?: string } {
  const basic = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '');
  if (basic?.[1]) {
    const pair = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = pair.indexOf(':');
    return { id: formDecode(pair.slice(0, colon)), secret: formDecode(pair.slice(colon + 1)) };
  }
  return { id: form.get('client_id') ?? undefined, secret: form.get('client_secret') ?? undefined };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts a token server on a free loopback port. */
export async function startTestTokenServer(overrides: Partial<TokenServerOptions> = {}): Promise<TestTokenServer> {
  const options: TokenServerOptions = {
    clients: { 'test-client': 'test-secret' },
    lifetimeSeconds: 900,
    sendExpiresIn: true,
    now: Date.now,
    ...overrides,
  };
  const tokenRequests: RecordedRequest[] = [];
  const issued: string[] = [];
  const canned: CannedResponse[] = [];
  const revoked = new Set<string>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      if (path === '/api/whoami') {
        const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const payload = token.split('.')[1];
        const claims = payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp: number }) : undefined;
        const valid = issued.includes(token) && !revoked.has(token) && !!claims && claims.exp * 1000 > options.now();
        return valid ? send(res, 200, { ok: true }) : send(res, 401, { error: 'unauthorized' });
      }
      tokenRequests.push({ method: req.method ?? '', path, headers: req.headers, body });
      const next = canned.shift();
      if (next) {
        res.writeHead(next.status, next.headers ?? {});
        return res.end(next.body ?? '');
      }
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'client_credentials') return send(res, 400, { error: 'unsupported_grant_type' });
      let client: { id?: string; secret?: string };
      try {
        client = clientFrom(req.headers, form);
      } catch {
        return send(res, 400, { error: 'invalid_request', error_description: 'Malformed client credentials' });
      }
      if (!client.id || options.clients[client.id] === undefined || options.clients[client.id] !== client.secret) {
        return send(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
      }
      const iat = Math.floor(options.now() / 1000);
      const token = signTestJwt({ client_id: client.id, iss: 'http://127.0.0.1', aud: 'external_api', sub: 'tester@example.com', iat, exp: iat + options.lifetimeSeconds, jti: randomUUID() });
      issued.push(token);
      return send(res, 200, { access_token: token, token_type: 'Bearer', ...(options.sendExpiresIn && { expires_in: options.lifetimeSeconds }) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    tokenUrl: `${origin}/as/token.oauth2`,
    apiUrl: `${origin}/api/whoami`,
    options,
    tokenRequests,
    issued,
    respondNext: (...responses) => canned.push(...responses),
    revokeAll: () => issued.forEach((token) => revoked.add(token)),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
