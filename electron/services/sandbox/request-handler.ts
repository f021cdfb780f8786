/**
 * The Sandbox's front door: the token endpoint, the JWKS, a short index at `/`, its own OpenAPI
 * document at `/openapi.json` (public, like the JWKS), and every API route behind bearer
 * authentication and its permission. Whatever arrives, it answers with JSON and never lets an
 * exception escape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateBearer, bearerChallenge } from './auth/bearer-auth';
import { handleTokenRequest, tokenPath, type TokenEndpointDeps } from './auth/token-endpoint';
import { toJwks } from './auth/signing-key';
import { ApiError, type Family } from './http/api-error';
import { faultPath, serveFaultRoute } from './faults/fault-route';
import type { SandboxFaults } from './faults/fault-controls';
import { errorBody } from './http/error-bodies';
import { sendJson } from './http/send-json';
import { openApiPath } from './openapi/openapi-document';
import { serverUrlFor } from './openapi/server-url';
import { QueryError } from './query/query-error';
import { familyOfPath, matchRoute, pathSegments, type ApiRoute } from './routes/api-route';

/** Counters a benchmark or test reads. */
export interface SandboxStats {
  /** Requests to the token endpoint, successful or not. */
  tokenRequests: number;
  /** Requests to anything but the token endpoint, the JWKS and the index. */
  apiRequests: number;
}

/** What the handler needs. */
export interface RequestHandlerDeps {
  routes: readonly ApiRoute[];
  token: TokenEndpointDeps;
  stats: SandboxStats;
  /** The OpenAPI document for a server URL; without it `/openapi.json` is a 404. */
  openApi?: (serverUrl: string) => unknown;
  /** Test-only faults applied to API calls (see faults/fault-controls.ts). */
  faults?: SandboxFaults;
  /** True in test mode only: serves the fault controls over HTTP at `/__sandbox/faults`. */
  faultRoute?: boolean;
  /** The clock the data's live feeds follow, when it is not the token clock. */
  feedClock?: () => number;
}

/** The path of the public key set. */
export const jwksPath = '/.well-known/jwks.json';

function sendError(res: ServerResponse, family: Family, error: ApiError, headers: Record<string, string> = {}): void {
  sendJson(res, error.status, errorBody(family, error), headers);
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof QueryError) return new ApiError('bad_request', error.message, { subject: error.subject });
  return new ApiError('internal', 'The sandbox met an unexpected error; please report it.');
}

function serveApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: RequestHandlerDeps): void {
  const family = familyOfPath(url.pathname);
  try {
    const match = matchRoute(deps.routes, pathSegments(url.pathname));
    if (!match) throw new ApiError('not_found', `No such endpoint: ${url.pathname}. GET / lists the sandbox's endpoints.`);
    const routeFamily = match.route.family;
    if (req.method !== 'GET') {
      return sendError(res, routeFamily, new ApiError('method_not_allowed', `${req.method} is not supported here; the sandbox serves GET.`), { Allow: 'GET' });
    }
    const nowMs = deps.token.now();
    const auth = authenticateBearer(req.headers.authorization, deps.token.key, nowMs, deps.token.issuer);
    if (!auth.ok) {
      const error = new ApiError('unauthorized', auth.description, { tokenProblem: auth.problem });
      return sendError(res, routeFamily, error, { 'WWW-Authenticate': bearerChallenge(auth.description) });
    }
    const granted = auth.claims.permissions;
    if (!Array.isArray(granted) || !granted.includes(match.route.permission)) {
      const message = `Unauthorized user access: your role does not include the permission ${match.route.permission}.`;
      return sendError(res, routeFamily, new ApiError('forbidden', message, { permission: match.route.permission }));
    }
    sendJson(res, 200, match.route.handle({ params: match.params, query: url.searchParams, nowMs: deps.feedClock?.() ?? nowMs }));
  } catch (error) {
    sendError(res, family, toApiError(error));
  }
}

function serveOpenApi(req: IncomingMessage, res: ServerResponse, deps: RequestHandlerDeps): void {
  if (req.method !== 'GET') {
    return sendError(res, 'glp', new ApiError('method_not_allowed', `${req.method} is not supported here; the sandbox serves GET.`), { Allow: 'GET' });
  }
  if (!deps.openApi) return sendError(res, 'glp', new ApiError('not_found', 'This sandbox does not describe itself.'));
  sendJson(res, 200, deps.openApi(serverUrlFor(req.headers.host, deps.token.issuer)));
}

function index(deps: RequestHandlerDeps): Record<string, unknown> {
  return {
    name: 'Shoreline Sandbox',
    description: 'A local look-alike of HPE GreenLake APIs with made-up data.',
    tokenUrl: `${deps.token.issuer}${tokenPath}`,
    jwksUrl: `${deps.token.issuer}${jwksPath}`,
    openApiUrl: `${deps.token.issuer}${openApiPath}`,
    endpoints: deps.routes.map((route) => `GET ${route.pattern}`),
  };
}

/** Creates the `request` listener. */
export function createRequestHandler(deps: RequestHandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      sendError(res, 'glp', new ApiError('bad_request', 'The request target is not a valid path.'));
      return;
    }
    if (url.pathname === tokenPath) {
      deps.stats.tokenRequests += 1;
      handleTokenRequest(req, res, deps.token).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'The token endpoint failed unexpectedly.' });
        else res.destroy();
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === jwksPath) return sendJson(res, 200, toJwks(deps.token.key));
    if (req.method === 'GET' && url.pathname === '/') return sendJson(res, 200, index(deps));
    if (url.pathname === openApiPath) return serveOpenApi(req, res, deps);
    if (deps.faultRoute && deps.faults && url.pathname === faultPath) return serveFaultRoute(req, res, deps.faults);
    deps.stats.apiRequests += 1;
    if (deps.faults?.apply(req, res, familyOfPath(url.pathname))) return;
    serveApi(req, res, url, deps);
    req.resume();
  };
}
