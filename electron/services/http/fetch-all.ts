/**
 * "Fetch all": follow a list's pages (offset/limit or `next` cursors) until the end or the cap,
 * reporting progress, waiting politely after a 429 as `Retry-After` asks, and stopping cleanly on
 * cancel or error with what was fetched so far. The token never follows a link to another server.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import type { FetchAllResult, ResponseBody } from '../../../shared/contract/http';
import { ShorelineError, toAppError } from '../../../shared/errors';
import { adviceForStatus } from '../../../shared/http/advice';
import { findItems } from '../../../shared/http/items';
import { applyPageStep, readPage } from '../../../shared/http/pagination';
import { originOf, setQueryParams } from '../../../shared/http/query';
import { parseRetryAfter } from '../../../shared/http/retry-after';
import { runExchange, type RawExchange } from './exchange';
import { recordSafely, type HttpContext } from './http-context';
import { prepareSend, type ParsedSendRequest, type PreparedSend } from './prepare-request';
import { decodeText, parseMaybeJson } from './response-view';
import { headerValue } from './send';

/** Input of fetch-all. */
export interface FetchAllInput {
  request: ParsedSendRequest;
  cap: number;
  pageSize?: number;
}

/** Why a page could not be used. */
class PageFailure extends Error {
  constructor(readonly failure: NonNullable<FetchAllResult['error']>) {
    super(failure.message);
  }
}

async function pageWithBackoff(
  context: HttpContext,
  prepared: PreparedSend,
  url: string,
  parents: ReadonlyArray<AbortSignalLike | undefined>,
  cancel: AbortSignal,
  secrets: string[],
  progress: (waitingSeconds?: number) => void,
): Promise<RawExchange> {
  for (let attempt = 0; ; attempt += 1) {
    const raw = await runExchange(
      { ...prepared, url },
      context,
      { memoryLimit: context.limits.maxPage, maxBytes: context.limits.maxPage },
      parents,
      secrets,
    );
    const retryAfter = headerValue(raw.headers, 'retry-after');
    const limited = raw.status === 429 || (raw.status === 503 && retryAfter !== undefined);
    if (!limited || attempt >= context.limits.maxRetries) return raw;
    const asked = parseRetryAfter(retryAfter, context.wallClock());
    const seconds = Math.min(context.limits.maxWaitSeconds, asked ?? Math.min(60, 2 ** attempt));
    progress(seconds);
    await context.sleep(seconds * 1000, cancel);
  }
}

function parsePage(raw: RawExchange, url: string, context: HttpContext): unknown {
  const contentType = headerValue(raw.headers, 'content-type') ?? '';
  const text = raw.body.kind === 'memory' ? decodeText(raw.body.bytes, contentType) : undefined;
  if (raw.status >= 400) {
    const advice = adviceForStatus(raw.status, parseMaybeJson(text), {
      retryAfter: headerValue(raw.headers, 'retry-after') ?? null,
      requestUrl: url,
      nowMs: context.wallClock(),
      ...(raw.tokenIssuer !== undefined ? { tokenIssuer: raw.tokenIssuer } : {}),
    });
    const failure: NonNullable<FetchAllResult['error']> = {
      code: raw.status === 429 ? 'rate_limited' : raw.status === 401 ? 'unauthorized' : raw.status === 403 ? 'forbidden' : raw.status === 404 ? 'not_found' : 'network',
      message: advice ? `${advice.title}. ${advice.advice}` : `The service answered ${raw.status}.`,
      status: raw.status,
    };
    if (advice) failure.advice = advice;
    throw new PageFailure(failure);
  }
  if (raw.body.kind === 'too_large') {
    throw new PageFailure({ code: 'too_large', message: 'One page was larger than Shoreline reads at once. Use a smaller page size.' });
  }
  try {
    return JSON.parse(text ?? '');
  } catch {
    throw new PageFailure({ code: 'not_json', message: 'A page was not JSON, so its items could not be collected.', status: raw.status });
  }
}

function combinedBody(context: HttpContext, items: unknown[]): ResponseBody {
  const text = JSON.stringify(items);
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= context.limits.inlineText) return { kind: 'text', text };
  return { kind: 'large', id: context.bodies.keep({ kind: 'memory', bytes }, bytes.length), size: bytes.length };
}

/** Fetches every page of a GET list, up to `cap` items. */
export async function fetchAll(context: HttpContext, input: FetchAllInput, signal?: AbortSignalLike): Promise<FetchAllResult> {
  if (input.request.method !== 'GET') throw new ShorelineError('invalid_input', 'Only GET lists can be fetched page by page.');
  const prepared = prepareSend(input.request, context.environments, context.scopes?.resolve(input.request));
  const registration = context.registry.register(prepared.requestId);
  const parents = [signal, registration.signal];
  const firstUrl = input.pageSize ? setQueryParams(prepared.url, { limit: String(input.pageSize) }) : prepared.url;
  const origin = originOf(firstUrl);
  const items: unknown[] = [];
  const visited = new Set<string>();
  const secrets: string[] = [];
  let pages = 0;
  let total: number | undefined;
  let lastStatus: number | undefined;
  let url = firstUrl;
  let outcome: Pick<FetchAllResult, 'complete' | 'stoppedBy' | 'error'>;
  const progress = (waitingSeconds?: number) =>
    context.emit('http.progress', {
      requestId: prepared.requestId,
      fetched: items.length,
      pages,
      ...(total !== undefined ? { total } : {}),
      ...(waitingSeconds !== undefined ? { waitingSeconds } : {}),
    });
  try {
    for (;;) {
      visited.add(url);
      const raw = await pageWithBackoff(context, prepared, url, parents, registration.signal, secrets, progress);
      lastStatus = raw.status;
      const body = parsePage(raw, url, context);
      pages += 1;
      const info = readPage(body, url);
      const pageItems = findItems(body)?.items ?? [body];
      const taken = pageItems.slice(0, input.cap - items.length);
      items.push(...taken);
      if (info?.total !== undefined) total = info.total;
      progress();
      if (!info) {
        outcome = { complete: true, stoppedBy: 'no_paging' };
        break;
      }
      const more = info.hasMore && info.next !== undefined && pageItems.length > 0;
      if (items.length >= input.cap) {
        outcome = more || taken.length < pageItems.length ? { complete: false, stoppedBy: 'cap' } : { complete: true };
        break;
      }
      if (!more || !info.next) {
        outcome = { complete: true };
        break;
      }
      const nextUrl = applyPageStep(url, info.next);
      if (originOf(nextUrl) !== origin) {
        throw new PageFailure({ code: 'forbidden', message: `The next page is on another server (${originOf(nextUrl) ?? nextUrl}); Shoreline did not send your token there.` });
      }
      if (visited.has(nextUrl)) {
        outcome = { complete: true };
        break;
      }
      url = nextUrl;
    }
  } catch (error) {
    if (error instanceof PageFailure) outcome = { complete: false, stoppedBy: 'error', error: error.failure };
    else if (error instanceof ShorelineError && error.code === 'cancelled') outcome = { complete: false, stoppedBy: 'cancelled' };
    else if (registration.signal.aborted) outcome = { complete: false, stoppedBy: 'cancelled' };
    else {
      const appError = toAppError(error);
      outcome = { complete: false, stoppedBy: 'error', error: { code: appError.code, message: appError.message } };
    }
  } finally {
    registration.done();
  }
  const combined = combinedBody(context, items);
  const result: FetchAllResult = { requestId: prepared.requestId, body: combined, fetched: items.length, pages, ...outcome };
  if (total !== undefined) result.total = total;
  const historyId = recordSafely(
    context,
    {
      kind: 'fetchAll',
      method: 'GET',
      url: firstUrl,
      urlTemplate: prepared.urlTemplate,
      request: prepared.request,
      environmentName: prepared.environment.name,
      requestHeaders: prepared.headers,
      size: combined.kind === 'text' ? Buffer.byteLength(combined.text) : combined.kind === 'large' ? combined.size : 0,
      ...(lastStatus !== undefined ? { status: lastStatus } : {}),
      ...(prepared.environment.id !== undefined ? { environmentId: prepared.environment.id } : {}),
      ...(prepared.connectionId !== undefined ? { connectionId: prepared.connectionId } : {}),
      ...(prepared.operationId !== undefined ? { operationId: prepared.operationId } : {}),
      ...(outcome.error ? { errorCode: outcome.error.code, errorMessage: outcome.error.message } : {}),
      responseBody: `${items.length} items in ${pages} pages${outcome.complete ? '' : ' (stopped early)'}`,
      responseBodyTruncated: true,
    },
    secrets,
  );
  if (historyId !== undefined) result.historyId = historyId;
  return result;
}
