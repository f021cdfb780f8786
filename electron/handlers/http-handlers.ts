/** Handlers of the `http.*` commands: thin calls into the HTTP executor, with the caller's abort signal. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { httpCommands } from '../../shared/contract/http';
import type { HttpService } from '../services/http/http-service';

/** The `http.*` part of the handler table. */
export function httpHandlers(deps: { http: HttpService }): DomainHandlers<typeof httpCommands> {
  const { http } = deps;
  return {
    'http.send': (input, { signal }) => http.send(input, signal),
    'http.cancel': async ({ requestId }) => ({ cancelled: http.cancel(requestId) }),
    'http.fetchAll': (input, { signal }) =>
      http.fetchAll(input.pageSize === undefined ? { request: input.request, cap: input.cap } : { request: input.request, cap: input.cap, pageSize: input.pageSize }, signal),
    'http.bodyChunk': ({ id, offset, length, encoding }) => http.bodyChunk(id, offset, length, encoding),
    'http.saveBody': ({ id }) => http.saveBody(id),
    'http.releaseBody': ({ id }) => http.releaseBody(id),
    'http.snippet': async (input) => http.snippet(input),
  };
}
