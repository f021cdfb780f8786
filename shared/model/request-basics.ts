/**
 * The parts of the request model the first screen needs at run time, with no zod: the schemas in
 * `request.ts` build on these, and the window's first bundle imports only this file (zod is ~60 KB
 * of script to evaluate at start-up, and nothing on the first screen validates a request).
 */
import { maxOperationKeyLength } from '../openapi/limits';
import type { OperationLink, SavedRequest } from './request';

/** Every HTTP method an OpenAPI path item may declare, in the order a path item lists them. */
export const httpMethods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/** An HTTP method, upper-case as it goes on the wire. */
export type HttpMethod = (typeof httpMethods)[number];

/** A method Shoreline can send: every one but TRACE, which the Fetch standard forbids (its answer can echo credentials). */
export type SendableMethod = Exclude<HttpMethod, 'TRACE'>;

/** The methods Shoreline can send, for menus that offer one. */
export const sendableMethods = httpMethods.filter((m): m is SendableMethod => m !== 'TRACE');

/** Whether `method` is one Shoreline can send. */
export function isSendableMethod(method: string): method is SendableMethod {
  return (sendableMethods as readonly string[]).includes(method);
}

/** A blank GET request, as Ctrl+N opens it. */
export function blankRequest(): SavedRequest {
  return { method: 'GET', url: '', pathParams: [], query: [], headers: [], body: { kind: 'none' }, auth: { kind: 'inherit' }, variables: [], captures: [] };
}

/** A spec id as Shoreline makes them (`dscc-storage-api-3f9a1c`); `spec-id.ts` builds its schema on it. */
export const specIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The operation key `GET /path` as `{ specId, operationKey }`, from the `<specId>:<key>` form drafts and history use (the checks of `operationLinkSchema`). */
export function operationLinkOf(qualifiedKey: string): OperationLink | undefined {
  const colon = qualifiedKey.indexOf(':');
  if (colon < 0) return undefined;
  const specId = qualifiedKey.slice(0, colon);
  const operationKey = qualifiedKey.slice(colon + 1);
  if (!specIdPattern.test(specId) || operationKey.length < 3 || operationKey.length > maxOperationKeyLength) return undefined;
  return { specId, operationKey };
}

/** `<specId>:<METHOD path>`, the key drafts and history use for an operation. */
export function qualifiedOperationKey(link: OperationLink): string {
  return `${link.specId}:${link.operationKey}`;
}
