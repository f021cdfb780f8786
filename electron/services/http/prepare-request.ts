/**
 * From what the renderer sent to what goes on the wire: find the environment, replace `{{vars}}`,
 * check the address, apply safe mode, and settle the default headers. Everything here can refuse
 * a request before any byte leaves the machine.
 */
import type { z } from 'zod';
import type { Header, SendableMethod, sendRequestSchema } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';
import { defaultContentType, mediaTypeOf } from '../../../shared/http/content-kind';
import { normalizeUrlQuery } from '../../../shared/http/query';
import { checkSafeMode } from '../../../shared/http/safe-mode';
import type { SavedRequest } from '../../../shared/model/request';
import { requestFromSent } from '../../../shared/model/request-send';
import { interpolate } from '../../../shared/model/variables';
import type { EnvironmentLookup, ResolvedEnvironment, ResolvedSendScope } from './token-source';

/** A send request after validation. */
export type ParsedSendRequest = z.output<typeof sendRequestSchema>;

/** A request ready to go out. */
export interface PreparedSend {
  requestId: string;
  method: SendableMethod;
  /** The URL with variables replaced and query values encoded. */
  url: string;
  /** The URL as the user wrote it. */
  urlTemplate: string;
  /** The request as the user wrote it, as the model (for history, which redacts it). */
  request: SavedRequest;
  headers: Header[];
  body?: string;
  environment: { id?: string; name: string; isSandbox: boolean; readOnly: boolean };
  /** The connection whose token is added; absent when the user typed an Authorization header or none applies. */
  connectionId?: string;
  timeoutMs: number;
  operationId?: string;
}

/** The default timeout of one request. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const noEnvironment: ResolvedEnvironment = { name: 'No environment', variables: {}, readOnly: false, isSandbox: false };

function resolveEnvironment(id: string | undefined, lookup: EnvironmentLookup | undefined): ResolvedEnvironment {
  if (id === undefined) return noEnvironment;
  const environment = lookup?.get(id);
  if (!environment) throw new ShorelineError('not_found', 'This environment no longer exists. Choose another one.');
  return environment;
}

function fill(text: string, variables: Record<string, string>, where: string, environment: string, scoped: boolean): string {
  const { text: out, unknown: missing } = interpolate(text, variables);
  if (missing.length > 0) {
    const names = missing.map((n) => `{{${n}}}`).join(', ');
    const one = missing.length === 1;
    throw new ShorelineError(
      'invalid_input',
      scoped
        ? `The ${where} uses ${names}, which ${one ? 'is' : 'are'} defined nowhere Shoreline looks: the request, its folders, “${environment}”, its collection or the global variables. Add ${one ? 'it' : 'them'} to one of them or type the value.`
        : `The ${where} uses ${names}, which “${environment}” does not define. Add it to the environment or type the value.`,
    );
  }
  return out;
}

function encodedValues(variables: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, encodeURIComponent(value)]));
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ShorelineError('invalid_input', 'The address is not a complete web address. It should start with https:// (or use {{baseUrl}}).');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ShorelineError('invalid_input', 'Shoreline sends only http:// and https:// requests.');
  }
}

/**
 * Validates and completes a request; throws `not_found`, `invalid_input`, `read_only` or
 * `confirm_required`. With a resolved `scope`, its environment, connection and variables apply
 * (collection, folders, request variables and globals); without, the environment's alone.
 */
export function prepareSend(input: ParsedSendRequest, environments?: EnvironmentLookup, scope?: ResolvedSendScope): PreparedSend {
  const environmentId = scope ? scope.environmentId : input.environmentId;
  const environment = resolveEnvironment(environmentId, environments);
  const variables: Record<string, string> = scope?.variables ?? { ...(environment.baseUrl !== undefined ? { baseUrl: environment.baseUrl } : {}), ...environment.variables };
  // A saved request looks in more places than its environment: say so when a name is missing.
  const scoped = scope !== undefined && input.scope !== undefined;
  const url = normalizeUrlQuery(fill(input.url.trim(), variables, 'address', environment.name, scoped));
  checkUrl(url);
  const verdict = checkSafeMode({ method: input.method, environment, confirmed: input.confirmed });
  if (!verdict.allowed) throw new ShorelineError(verdict.code, verdict.message);

  const headers = input.headers.map((h) => ({ name: h.name, value: fill(h.value, variables, `header “${h.name}”`, environment.name, scoped) }));
  const has = (name: string) => headers.some((h) => h.name.toLowerCase() === name);
  const typed = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  // In a form body a variable's value is one field's data: `&` or `=` in it must not start another field.
  const bodyVariables = mediaTypeOf(typed) === 'application/x-www-form-urlencoded' ? encodedValues(variables) : variables;
  const body = input.body === undefined || input.body === '' ? undefined : fill(input.body, bodyVariables, 'body', environment.name, scoped);
  if (!has('accept')) headers.push({ name: 'Accept', value: 'application/json' });
  if (body !== undefined && !has('content-type')) headers.push({ name: 'Content-Type', value: defaultContentType(body) });

  const prepared: PreparedSend = {
    requestId: input.requestId,
    method: input.method,
    url,
    urlTemplate: input.url,
    request: requestFromSent(input),
    headers,
    environment: { name: environment.name, isSandbox: environment.isSandbox, readOnly: environment.readOnly },
    timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  if (environmentId !== undefined) prepared.environment.id = environmentId;
  if (body !== undefined) prepared.body = body;
  if (input.operationId !== undefined) prepared.operationId = input.operationId;
  const connectionId = scope ? scope.connectionId : input.connectionId === undefined ? environment.connectionId : (input.connectionId ?? undefined);
  if (connectionId !== undefined && !has('authorization')) prepared.connectionId = connectionId;
  return prepared;
}
