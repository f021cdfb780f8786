/**
 * Turns an HTTP error into advice a storage or server administrator can act on, without knowing
 * HTTP: what happened, what to do, and (for 403) the exact permission the GreenLake role lacks.
 */
import { findPermission, serverMessage } from './body-facts';
import { hostOf } from './query';
import { parseRetryAfter, waitWords } from './retry-after';

/** Advice for one failed request. */
export interface Advice {
  /** A short headline ("Permission missing"). */
  title: string;
  /** One or two sentences saying what to do. */
  advice: string;
  /** The permission the API named (403), e.g. `data-services.volume.read`. */
  permission?: string;
  /** Seconds to wait before trying again (429, 503), from `Retry-After`. */
  retryAfterSeconds?: number;
  /** The server's own sentence, when it gave one. */
  serverMessage?: string;
}

/** Facts beyond status and body that sharpen the advice. */
export interface AdviceContext {
  /** The response's `Retry-After` header. */
  retryAfter?: string | null;
  /** The response's `WWW-Authenticate` header. */
  wwwAuthenticate?: string | null;
  /** The URL that was called. */
  requestUrl?: string;
  /** The `iss` claim of the token that was sent, when Shoreline added one. */
  tokenIssuer?: string;
  /** Epoch milliseconds, for an HTTP-date `Retry-After`. */
  nowMs?: number;
}

const ssoHost = 'sso.common.cloud.hpe.com';

/** True when the API belongs to the newer GreenLake gateway (`*.api.greenlake.hpe.com`). */
function isGreenLakeGateway(url: string | undefined): boolean {
  const host = url ? hostOf(url) : undefined;
  return host !== undefined && host.endsWith('.api.greenlake.hpe.com');
}

function issuerAdvice(context: AdviceContext, said: string): string | undefined {
  const issuerHost = context.tokenIssuer ? hostOf(context.tokenIssuer) : undefined;
  const mentionsIssuer = /\biss(uer)?\b/i.test(said);
  if (issuerHost === ssoHost && isGreenLakeGateway(context.requestUrl)) {
    return 'The token came from HPE SSO (sso.common.cloud.hpe.com), but this GreenLake API may expect a token from your workspace’s own token URL (https://global.api.greenlake.hpe.com/authorization/v2/oauth2/<workspace id>/token). Change the connection’s token URL, or use credentials created for this service.';
  }
  if (issuerHost && issuerHost !== ssoHost && issuerHost.endsWith('greenlake.hpe.com') && !isGreenLakeGateway(context.requestUrl) && context.requestUrl) {
    return 'The token came from your GreenLake workspace’s token URL, but this API may expect one from HPE SSO (https://sso.common.cloud.hpe.com/as/token.oauth2). Check the connection’s token URL.';
  }
  if (mentionsIssuer) {
    return 'The token was issued by a different sign-in service than this API trusts. Check that the connection’s token URL matches the service (HPE SSO or your workspace’s token URL) and that the credentials were created for this service.';
  }
  return undefined;
}

function unauthorized(context: AdviceContext, said: string): Advice {
  const wrongIssuer = issuerAdvice(context, said);
  if (wrongIssuer) return { title: 'Token from the wrong issuer', advice: wrongIssuer };
  const expired = /expired|exp\b/i.test(said);
  return {
    title: expired ? 'Token expired' : 'Sign-in refused',
    advice: expired
      ? 'The access token has expired. Shoreline renews tokens by itself and already tried once with a fresh one; if this stays, check the connection’s client id and secret.'
      : 'The API did not accept the access token. Check that this environment uses the right connection, that its API client credentials still exist in the GreenLake console (they may have been deleted or their secret reset), and that they were created for this service.',
  };
}

function forbidden(body: unknown): Advice {
  const permission = findPermission(body);
  if (permission) {
    return {
      title: 'Permission missing',
      advice: `Your GreenLake role does not grant the permission “${permission}”. Ask a workspace administrator to assign you a role that includes it (GreenLake console › Manage Workspace › Identity & Access); the API client credentials act with the rights of the user who created them.`,
      permission,
    };
  }
  return {
    title: 'Not allowed',
    advice: 'Your GreenLake role does not allow this action on this resource. Ask a workspace administrator for a role that includes it; the API client credentials act with the rights of the user who created them.',
  };
}

function byStatus(status: number, body: unknown, context: AdviceContext, said: string): Advice | undefined {
  const wait = parseRetryAfter(context.retryAfter, context.nowMs ?? Date.now());
  switch (status) {
    case 400:
    case 422:
      return { title: 'Request not accepted', advice: 'The service did not accept a value in this request. Check the parameters and the body against the operation’s description; the service’s own words are below.' };
    case 401:
      return unauthorized(context, `${said} ${context.wwwAuthenticate ?? ''}`);
    case 403:
      return forbidden(body);
    case 404:
      return { title: 'Not found', advice: 'Nothing exists at this address. Check the id in the path, that the environment points at the right region (items live in one region only), and the API version in the path.' };
    case 405:
      return { title: 'Method not allowed', advice: 'This address does not accept this method. Check the operation you picked.' };
    case 408:
      return { title: 'The service gave up waiting', advice: 'The request took too long to arrive. Try again.' };
    case 409:
      return { title: 'Conflict', advice: 'The item changed or already exists. Reload it and try again.' };
    case 413:
      return { title: 'Request too large', advice: 'The service refused a body this large. Send less data at once.' };
    case 415:
      return { title: 'Wrong body format', advice: 'The service does not accept this body format. Check the Content-Type header (usually application/json).' };
    case 429: {
      const advice: Advice = {
        title: 'Too many requests',
        advice: wait !== undefined
          ? `The service limits how fast requests may come. Wait ${waitWords(wait)} and try again.`
          : 'The service limits how fast requests may come. Wait a minute and try again, and fetch fewer pages at once.',
      };
      if (wait !== undefined) advice.retryAfterSeconds = wait;
      return advice;
    }
    default:
      break;
  }
  if (status >= 500) {
    const gateway = status === 502 || status === 504;
    const advice: Advice = {
      title: status === 503 ? 'Service unavailable' : gateway ? 'Gateway error' : 'Server error',
      advice: status === 503
        ? `The service is busy or under maintenance. Try again in ${wait !== undefined ? waitWords(wait) : 'a few minutes'}; check the HPE GreenLake status page if it lasts.`
        : gateway
          ? 'A gateway between you and the service did not get an answer in time. Try again; if you asked for many items, ask for fewer (a smaller limit).'
          : 'The service failed while handling this request; it is not something you did. Try again later, and if it persists, contact HPE support with the time of the request.',
    };
    if (wait !== undefined) advice.retryAfterSeconds = wait;
    return advice;
  }
  if (status >= 400) return { title: `Request refused (${status})`, advice: 'The service refused this request; its own words are below.' };
  return undefined;
}

/**
 * Advice for an HTTP status with its parsed body (a JSON value or raw text). Undefined for success
 * and redirect statuses.
 */
export function adviceForStatus(status: number, body: unknown, context: AdviceContext = {}): Advice | undefined {
  const said = serverMessage(body);
  const advice = byStatus(status, body, context, said ?? '');
  if (advice && said) advice.serverMessage = said;
  return advice;
}
