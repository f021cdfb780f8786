/**
 * `http.send`: prepare, exchange, shape the answer for the renderer (inline or kept body, advice,
 * paging), and record it in history — with the tokens that were used kept out of all of it.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import type { Header, HttpResponse } from '../../../shared/contract/http';
import { ShorelineError, toAppError } from '../../../shared/errors';
import { adviceForStatus } from '../../../shared/http/advice';
import { readPage } from '../../../shared/http/pagination';
import { runExchange, type RawExchange } from './exchange';
import { recordSafely, truncateUtf8, type HttpContext } from './http-context';
import { prepareSend, type ParsedSendRequest, type PreparedSend } from './prepare-request';
import { parseMaybeJson, viewBody } from './response-view';

/** The value of header `name` (first one), case-insensitively. */
export function headerValue(headers: readonly Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

function baseDraft(prepared: PreparedSend) {
  const draft = {
    kind: 'send' as const,
    method: prepared.method,
    url: prepared.url,
    urlTemplate: prepared.urlTemplate,
    request: prepared.request,
    environmentName: prepared.environment.name,
    requestHeaders: prepared.headers,
  };
  return {
    ...draft,
    ...(prepared.environment.id !== undefined ? { environmentId: prepared.environment.id } : {}),
    ...(prepared.connectionId !== undefined ? { connectionId: prepared.connectionId } : {}),
    ...(prepared.operationId !== undefined ? { operationId: prepared.operationId } : {}),
    ...(prepared.body !== undefined ? { requestBody: prepared.body } : {}),
  };
}

function shape(context: HttpContext, input: ParsedSendRequest, prepared: PreparedSend, raw: RawExchange, secrets: string[]): HttpResponse {
  const contentType = headerValue(raw.headers, 'content-type') ?? '';
  const view = viewBody(raw.body, contentType, context.bodies, context.limits);
  const parsed = view.contentKind === 'json' || raw.status >= 400 ? parseMaybeJson(view.text) : undefined;
  const response: HttpResponse = {
    requestId: prepared.requestId,
    status: raw.status,
    statusText: raw.statusText,
    headers: raw.headers,
    timing: raw.timing,
    size: raw.body.size,
    contentType,
    contentKind: view.contentKind,
    body: view.body,
    sent: { method: prepared.method, url: prepared.url, headers: raw.sentHeaders },
  };
  if (raw.status >= 400) {
    const advice = adviceForStatus(raw.status, parsed, {
      retryAfter: headerValue(raw.headers, 'retry-after') ?? null,
      wwwAuthenticate: headerValue(raw.headers, 'www-authenticate') ?? null,
      requestUrl: prepared.url,
      nowMs: context.wallClock(),
      ...(raw.tokenIssuer !== undefined ? { tokenIssuer: raw.tokenIssuer } : {}),
    });
    if (advice) response.advice = advice;
  }
  const pagination = typeof parsed === 'object' && parsed !== null ? readPage(parsed, prepared.url) : undefined;
  if (pagination) response.pagination = pagination;
  // Captures run after a 2xx only, as Postman's tests that save a value usually guard themselves.
  if (context.captures && raw.status >= 200 && raw.status < 300 && input.captures?.some((c) => c.enabled)) {
    const json = view.contentKind === 'json' ? parsed : undefined;
    response.captured = context.captures.apply(input, { status: raw.status, headers: raw.headers, json }, prepared.environment.id);
  }

  const kept = view.text === undefined ? undefined : truncateUtf8(view.text, context.limits.historyBody);
  const historyId = recordSafely(
    context,
    {
      ...baseDraft(prepared),
      status: raw.status,
      statusText: raw.statusText,
      durationMs: Math.round(raw.timing.totalMs),
      size: raw.body.size,
      responseHeaders: raw.headers,
      contentType,
      ...(kept ? { responseBody: kept.text, responseBodyTruncated: kept.truncated } : { responseBodyTruncated: raw.body.size > 0 }),
    },
    secrets,
  );
  if (historyId !== undefined) response.historyId = historyId;
  return response;
}

/** Sends one request. `signal` is the caller's (window closed); `http.cancel` works through the registry. */
export async function send(context: HttpContext, input: ParsedSendRequest, signal?: AbortSignalLike): Promise<HttpResponse> {
  const prepared = prepareSend(input, context.environments, context.scopes?.resolve(input));
  const registration = context.registry.register(prepared.requestId);
  const secrets: string[] = [];
  let raw: RawExchange;
  try {
    raw = await runExchange(
      prepared,
      context,
      { memoryLimit: context.limits.inlineText, maxBytes: context.limits.maxBody, spillDir: context.bodies.dir },
      [signal, registration.signal],
      secrets,
    );
  } catch (error) {
    const appError = toAppError(error);
    recordSafely(context, { ...baseDraft(prepared), errorCode: appError.code, errorMessage: appError.message }, secrets);
    if (error instanceof ShorelineError) throw error;
    throw new ShorelineError(appError.code, appError.message);
  } finally {
    registration.done();
  }
  return shape(context, input, prepared, raw, secrets);
}
