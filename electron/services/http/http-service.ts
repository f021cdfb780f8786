/**
 * The HTTP executor's public face: send, cancel, fetch all pages, read and save big bodies, and
 * "Copy as". Plain Node: the Electron host passes `net.fetch` and a save dialog, tests pass fakes.
 */
import { performance } from 'node:perf_hooks';
import type { AbortSignalLike } from '../../../shared/contract/define';
import type { BodyChunk, FetchAllResult, HttpResponse, SnippetInput } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';
import { interpolate } from '../../../shared/model/variables';
import { buildSnippet, type SnippetLanguage } from '../../../shared/snippets/snippet';
import { sleep } from './abort-scope';
import { createBodyStore } from './body-store';
import { createCancelRegistry } from './cancel-registry';
import { createDefaultFetch } from './default-fetch';
import { fetchAll, type FetchAllInput } from './fetch-all';
import { defaultLimits, type HttpContext, type HttpServiceDeps } from './http-context';
import type { ParsedSendRequest } from './prepare-request';
import { send } from './send';

export type { HttpServiceDeps, HttpLimits } from './http-context';

/** Input of {@link HttpService.snippet}: "Copy as"'s input from the contract. */
export type { SnippetInput } from '../../../shared/contract/http';

/** The HTTP executor. */
export interface HttpService {
  /** Sends a request (see `http.send`). */
  send(input: ParsedSendRequest, signal?: AbortSignalLike): Promise<HttpResponse>;
  /** Cancels a running send or fetch-all; false when none had this id. */
  cancel(requestId: string): boolean;
  /** Follows every page of a list (see `http.fetchAll`). */
  fetchAll(input: FetchAllInput, signal?: AbortSignalLike): Promise<FetchAllResult>;
  /** Reads part of a kept body. */
  bodyChunk(id: string, offset: number, length: number, encoding: 'utf8' | 'base64'): Promise<BodyChunk>;
  /** Saves a kept body to `path`, or where the user chooses; `path: null` when they cancelled. */
  saveBody(id: string, path?: string): Promise<{ path: string | null; size: number }>;
  /** Forgets a kept body. */
  releaseBody(id: string): Promise<void>;
  /** "Copy as" code for a request, with the token fetched from CLIENTID/CLIENTSECRET. */
  snippet(input: SnippetInput): { language: SnippetLanguage; text: string };
  /** Cancels everything running and deletes kept bodies. */
  dispose(): Promise<void>;
}

/** Creates the HTTP executor. */
export function createHttpService(deps: HttpServiceDeps = {}): HttpService {
  const context: HttpContext = {
    tokens: deps.tokens,
    environments: deps.environments,
    connections: deps.connections,
    ...(deps.scopes && { scopes: deps.scopes }),
    ...(deps.captures && { captures: deps.captures }),
    fetch: deps.fetch ?? createDefaultFetch(),
    now: deps.now ?? (() => performance.now()),
    wallClock: deps.wallClock ?? (() => Date.now()),
    history: deps.history,
    emit: deps.emit ?? (() => undefined),
    sleep: deps.sleep ?? sleep,
    limits: { ...defaultLimits, ...deps.limits },
    bodies: createBodyStore(deps.tmpDir ? { dir: deps.tmpDir } : {}),
    registry: createCancelRegistry(),
  };
  return {
    send: (input, signal) => send(context, input, signal),
    cancel: (requestId) => context.registry.cancel(requestId),
    fetchAll: (input, signal) => fetchAll(context, input, signal),
    bodyChunk: (id, offset, length, encoding) => context.bodies.readChunk(id, offset, length, encoding),
    async saveBody(id, path) {
      const chosen = path ?? (deps.chooseSavePath ? await deps.chooseSavePath('response') : undefined);
      if (chosen === undefined) {
        if (!deps.chooseSavePath) throw new ShorelineError('unsupported', 'This host cannot show a save dialog.');
        return { path: null, size: 0 };
      }
      return { path: chosen, size: await context.bodies.save(id, chosen) };
    },
    releaseBody: (id) => context.bodies.release(id),
    snippet(input) {
      const scope = context.scopes?.resolve(input);
      const environmentId = scope ? scope.environmentId : input.environmentId;
      const environment = environmentId === undefined ? undefined : context.environments?.get(environmentId);
      if (environmentId !== undefined && !environment) throw new ShorelineError('not_found', 'This environment no longer exists. Choose another one.');
      const variables = scope?.variables ?? { ...(environment?.baseUrl !== undefined ? { baseUrl: environment.baseUrl } : {}), ...(environment?.variables ?? {}) };
      const fill = (text: string) => interpolate(text, variables).text;
      const connectionId = scope ? scope.connectionId : input.connectionId === undefined ? environment?.connectionId : (input.connectionId ?? undefined);
      const auth = connectionId === undefined ? undefined : context.connections?.get(connectionId);
      const request = {
        method: input.method,
        url: fill(input.url),
        headers: input.headers.map((h) => ({ name: h.name, value: fill(h.value) })),
        ...(input.body !== undefined && input.body !== '' ? { body: fill(input.body) } : {}),
      };
      return { language: input.language, text: buildSnippet(input.language, request, auth) };
    },
    async dispose() {
      context.registry.cancelAll();
      await context.bodies.dispose();
    },
  };
}
