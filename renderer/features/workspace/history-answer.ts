/**
 * A history entry's answer as the response panel shows it, so a request re-opened from history
 * comes back with the answer it got (up to the 256 KB history keeps), its advice and its paging.
 */
import type { HistoryEntry } from '../../../shared/contract/history';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import { adviceForStatus } from '../../../shared/http/advice';
import { contentKindOf } from '../../../shared/http/content-kind';
import { readPage } from '../../../shared/http/pagination';
import { isSendableMethod } from '../../../shared/model/request-basics';

function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The exchange an entry recorded, or undefined when no answer came (a refused connection, a timeout). */
export function historyExchange(entry: HistoryEntry, nowMs = Date.now()): { request: SendRequest; response: HttpResponse } | undefined {
  if (entry.status === undefined) return undefined;
  const method = entry.method;
  if (!isSendableMethod(method)) throw new Error(`A ${method} request cannot be sent again.`);
  const contentType = entry.contentType ?? '';
  const text = entry.responseBody;
  const kind = contentKindOf(contentType) ?? (typeof parsed(text) === 'object' ? 'json' : 'text');
  const body = parsed(text);
  const headers = (entry.responseHeaders ?? []).map((h) => ({ name: h.name, value: h.value }));
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value ?? null;
  const advice = entry.status >= 400 ? adviceForStatus(entry.status, body, { retryAfter: header('retry-after'), wwwAuthenticate: header('www-authenticate'), requestUrl: entry.url, nowMs }) : undefined;
  const pagination = typeof body === 'object' && body !== null ? readPage(body, entry.url) : undefined;
  const request: SendRequest = {
    requestId: `history-${entry.id}`,
    method,
    url: entry.urlTemplate ?? entry.url,
    headers: entry.requestHeaders.filter((h) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(h.name)),
    ...(entry.environmentId !== undefined && { environmentId: entry.environmentId }),
    ...(entry.requestBody !== undefined && entry.requestBody !== '' && { body: entry.requestBody }),
    ...(entry.operationId !== undefined && { operationId: entry.operationId }),
  };
  const response: HttpResponse = {
    requestId: request.requestId,
    historyId: entry.id,
    status: entry.status,
    statusText: entry.statusText ?? '',
    headers,
    timing: { totalMs: entry.durationMs ?? 0, headersMs: entry.durationMs ?? 0 },
    size: entry.size ?? 0,
    contentType,
    contentKind: kind === 'image' || kind === 'binary' ? 'text' : kind,
    body: text === undefined || text === '' ? { kind: 'empty' } : { kind: 'text', text },
    sent: { method, url: entry.url, headers: request.headers ?? [] },
    ...(advice && { advice }),
    ...(pagination && { pagination }),
  };
  return { request, response };
}
