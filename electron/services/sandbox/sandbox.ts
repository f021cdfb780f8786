/**
 * The Sandbox: a local HPE GreenLake look-alike on 127.0.0.1 with a client-credentials token
 * endpoint (RS256 JWTs) and deterministic data behind the real DSCC, COM, audit-log and PCBE paths.
 * It describes itself in an OpenAPI document at `/openapi.json`, served without a token.
 * It runs in plain Node: the app starts it as its default environment, tests run against it, and
 * `npm run sandbox` starts it on its own.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sandboxClients, sandboxCredentials, type SandboxCredentials } from './auth/clients';
import { createSigningKey } from './auth/signing-key';
import { tokenPath } from './auth/token-endpoint';
import { createSandboxData, type AuditPace } from './data/sandbox-data';
import { createSandboxFaults, type SandboxFaults } from './faults/fault-controls';
import { faultPath } from './faults/fault-route';
import { createOpenApiSource, idExamples, openApiPath } from './openapi/openapi-document';
import { createRequestHandler, type SandboxStats } from './request-handler';
import { createApiRoutes } from './routes/all-routes';

/** How to start the Sandbox. */
export interface SandboxOptions {
  /** The port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** Lifetime of issued tokens in seconds (`expires_in`); 7200 unless given. */
  tokenTtlSeconds?: number;
  /** The clock in epoch milliseconds; tests inject one to expire tokens and make audit events arrive. */
  now?: () => number;
  /** Other credentials than the fixed demo ones (tests of secrets that need quoting or encoding). */
  credentials?: Partial<SandboxCredentials>;
  /** How new audit events and logs arrive: one every 20 s unless given (tests ask for more, and for several sharing a moment). */
  audit?: AuditPace;
  /**
   * The clock audit entries arrive by; `now` unless given. A test can hold it still (no new entries)
   * while tokens keep following `now`, so a held feed never makes tokens look expired.
   */
  feedClock?: () => number;
  /** Test mode: also serve the fault controls over HTTP at `/__sandbox/faults`. Never on by default. */
  testControls?: boolean;
}

/** A running Sandbox. */
export interface Sandbox {
  /** `http://127.0.0.1:<port>`: the base URL of every API. */
  baseUrl: string;
  /** `<baseUrl>/as/token.oauth2`. */
  tokenUrl: string;
  /** `<baseUrl>/openapi.json`: the Sandbox's own OpenAPI document, served without a token. */
  openApiUrl: string;
  credentials: SandboxCredentials;
  /** Live counters of requests served. */
  stats: SandboxStats;
  /** Test-only faults for the next API calls: dropped connections, 503 or 429 with `Retry-After`. */
  faults: SandboxFaults;
  /** `<baseUrl>/__sandbox/faults`, only when started with `testControls`. */
  faultsUrl?: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** The default token lifetime, as GreenLake's: two hours. */
export const defaultTokenTtlSeconds = 7200;

function checkOptions(options: SandboxOptions): { port: number; ttl: number } {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port must be a whole number from 0 to 65535, not ${port}.`);
  const ttl = options.tokenTtlSeconds ?? defaultTokenTtlSeconds;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 31_536_000) throw new RangeError(`tokenTtlSeconds must be a whole number from 1 to 31536000, not ${ttl}.`);
  return { port, ttl };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts a Sandbox listening on 127.0.0.1 only. Rejects if the port is taken or an option is out of range. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { port, ttl } = checkOptions(options);
  const now = options.now ?? Date.now;
  const startedAtMs = (options.feedClock ?? now)();
  const key = createSigningKey();
  const data = createSandboxData(startedAtMs, options.audit);
  const routes = createApiRoutes(data, startedAtMs);
  const openApi = createOpenApiSource(routes, idExamples(data, startedAtMs));
  const stats: SandboxStats = { tokenRequests: 0, apiRequests: 0 };
  const credentials = { ...sandboxCredentials, ...options.credentials };
  const faults = createSandboxFaults();

  const server = createServer();
  server.on('clientError', (_error, socket) => {
    if (socket.writable) {
      const body = JSON.stringify({ httpStatusCode: 400, errorCode: 'HPE_GL_ERROR_BAD_REQUEST', message: 'Malformed HTTP request.' });
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    } else {
      socket.destroy();
    }
  });
  const actualPort = await listen(server, port);
  const baseUrl = `http://127.0.0.1:${actualPort}`;
  server.on(
    'request',
    createRequestHandler({
      routes,
      stats,
      openApi,
      faults,
      faultRoute: options.testControls === true,
      ...(options.feedClock ? { feedClock: options.feedClock } : {}),
      token: { key, clients: sandboxClients(credentials), ttlSeconds: ttl, now, issuer: baseUrl },
    }),
  );

  let closing: Promise<void> | undefined;
  return {
    baseUrl,
    tokenUrl: `${baseUrl}${tokenPath}`,
    openApiUrl: `${baseUrl}${openApiPath}`,
    credentials,
    stats,
    faults,
    ...(options.testControls ? { faultsUrl: `${baseUrl}${faultPath}` } : {}),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
