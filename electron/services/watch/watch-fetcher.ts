/**
 * The engine's page-fetching port over the HTTP service: each page is an ordinary `http.send`
 * (variables replaced, the connection's token added, renewed ahead of expiry and once more on a
 * 401), its JSON read back, and any answer of 400 or more turned into a verdict for the watch.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import type { HttpResponse } from '../../../shared/contract/http';
import type { WatchRequest } from '../../../shared/contract/watch';
import type { FetchedPage, PageFetcher } from '../../../shared/watch/page-walk';
import type { ParsedSendRequest } from '../http/prepare-request';
import { verdictForStatus, WatchHttpFailure } from './watch-failure';

/** The part of the HTTP service a watch uses (an `HttpService` fits). */
export interface WatchHttp {
  send(input: ParsedSendRequest, signal?: AbortSignalLike): Promise<HttpResponse>;
  releaseBody(id: string): Promise<void>;
}

/** The page fetcher of one check, and what it saw. */
export interface CheckFetcher {
  fetchPage: PageFetcher;
  /** The first answer of the check (for history), once there is one. */
  readonly first: HttpResponse | undefined;
  /** Bytes read across pages. */
  readonly bytes: number;
}

/** What a HEAD answer is, as the one item a watch of it compares: the headers that say the resource changed. */
function headSnapshot(response: HttpResponse): Record<string, unknown> {
  const headers: Record<string, string> = {};
  for (const name of ['etag', 'last-modified', 'content-length', 'content-type']) {
    const value = response.headers.find((h) => h.name.toLowerCase() === name)?.value;
    if (value !== undefined) headers[name] = value;
  }
  return { status: response.status, headers };
}

async function bodyOf(http: WatchHttp, response: HttpResponse): Promise<unknown> {
  const body = response.body;
  switch (body.kind) {
    case 'empty':
      return null;
    case 'text':
      try {
        return JSON.parse(body.text) as unknown;
      } catch {
        return body.text;
      }
    case 'image':
      return { mediaType: body.mediaType, size: body.size, base64: body.base64 };
    case 'large':
    case 'binary':
      await http.releaseBody(body.id).catch(() => undefined);
      throw new WatchHttpFailure({ kind: 'stop', code: 'too_large', reason: 'One page of this answer is larger than a watch reads at once (5 MB). Ask for smaller pages (limit) or fewer fields (select).' });
    case 'too_large':
      throw new WatchHttpFailure({ kind: 'stop', code: 'too_large', reason: 'This answer is too large to watch. Ask for smaller pages (limit) or fewer fields (select).' });
  }
}

/** Creates the fetcher for one check of `request`. */
export function createCheckFetcher(
  http: WatchHttp,
  request: WatchRequest,
  options: { signal: AbortSignalLike; nowMs: () => number; nextRequestId: () => string },
): CheckFetcher {
  let first: HttpResponse | undefined;
  let bytes = 0;
  const fetchPage = async (url: string): Promise<FetchedPage> => {
    const input: ParsedSendRequest = { requestId: options.nextRequestId(), method: request.method, url, headers: request.headers };
    if (request.environmentId !== undefined) input.environmentId = request.environmentId;
    if (request.connectionId !== undefined) input.connectionId = request.connectionId;
    if (request.timeoutMs !== undefined) input.timeoutMs = request.timeoutMs;
    // A saved request is resolved through its collection and folders at every check, as a send is.
    if (request.scope !== undefined) input.scope = request.scope;
    if (request.variables !== undefined) input.variables = request.variables;
    const response = await http.send(input, options.signal);
    first ??= response;
    bytes += response.size;
    if (response.status >= 400) {
      if (response.body.kind === 'large' || response.body.kind === 'binary') await http.releaseBody(response.body.id).catch(() => undefined);
      throw new WatchHttpFailure(verdictForStatus(response, options.nowMs()));
    }
    const body = request.method === 'HEAD' ? headSnapshot(response) : await bodyOf(http, response);
    return { url: response.sent.url, body };
  };
  return {
    fetchPage,
    get first() {
      return first;
    },
    get bytes() {
      return bytes;
    },
  };
}
