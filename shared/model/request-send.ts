/**
 * A saved request and what `http.send` takes, both ways: {@link sendFieldsOf} turns the model into
 * the method, address, headers and body to send (variables still in place, main fills them in), and
 * {@link requestFromSent} turns a send back into the model, for history.
 */
import { contentKindOf, mediaTypeOf } from '../http/content-kind';
import type { HttpMethod, RequestAuth, RequestBody, RequestRow, SavedRequest } from './request';
import { operationLinkOf } from './request-basics';
import { encodeQueryText, parseAddressLine, pathParamNames, requestAddress } from './request-url';

/** A header as `http.send` takes it. */
export interface SendHeader {
  name: string;
  value: string;
}

/** The wire part of `http.send`'s input. */
export interface SendFields {
  method: HttpMethod;
  url: string;
  headers: SendHeader[];
  body?: string;
}

/** The body text to send, or undefined for none (an all-blank text body is not sent, as in the builder). */
export function bodyText(body: RequestBody): string | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
    case 'text':
      return body.text.trim() === '' ? undefined : body.text;
    case 'form-urlencoded': {
      const text = body.rows
        .filter((row) => row.enabled && row.key !== '')
        .map((row) => `${encodeQueryText(row.key)}=${encodeQueryText(row.value)}`)
        .join('&');
      return text === '' ? undefined : text;
    }
  }
}

/** The enabled header rows as headers, in order; `Cookie` rows become one header (`a=1; b=2`), as browsers send it. */
export function headersOf(rows: readonly RequestRow[]): SendHeader[] {
  const headers: SendHeader[] = [];
  let cookie: SendHeader | undefined;
  for (const row of rows) {
    if (!row.enabled || row.key.trim() === '') continue;
    if (row.key.toLowerCase() === 'cookie') {
      if (cookie) cookie.value = `${cookie.value}; ${row.value}`;
      else headers.push((cookie = { name: row.key, value: row.value }));
    } else headers.push({ name: row.key, value: row.value });
  }
  return headers;
}

/** The method, address, headers and body `http.send` (and "Copy as") take for `request`. */
export function sendFieldsOf(request: SavedRequest): SendFields {
  const headers = headersOf(request.headers);
  const body = bodyText(request.body);
  if (body !== undefined && request.body.kind !== 'none' && !headers.some((h) => h.name.toLowerCase() === 'content-type')) {
    headers.push({ name: 'Content-Type', value: request.body.contentType });
  }
  return { method: request.method, url: requestAddress(request), headers, ...(body !== undefined && { body }) };
}

/** What a send said about auth: no override (inherit), another connection, or none. */
function authOf(connectionId: string | null | undefined): RequestAuth {
  if (connectionId === undefined) return { kind: 'inherit' };
  return connectionId === null ? { kind: 'none' } : { kind: 'connection', connectionId };
}

/** The body a sent text had, typed by its Content-Type (JSON, or other text). */
function sentBody(text: string | undefined, contentType: string | undefined): RequestBody {
  if (text === undefined || text === '') return { kind: 'none' };
  if (contentType !== undefined && mediaTypeOf(contentType) !== '') {
    return contentKindOf(contentType) === 'json' ? { kind: 'json', text, contentType } : { kind: 'text', text, contentType };
  }
  try {
    JSON.parse(text);
    return { kind: 'json', text, contentType: 'application/json' };
  } catch {
    return { kind: 'text', text, contentType: 'text/plain' };
  }
}

/** What {@link requestFromSent} reads: `http.send`'s input as the user wrote it. */
export interface SentInput extends SendFields {
  /** `<specId>:<METHOD path>` of the operation it came from. */
  operationId?: string;
  connectionId?: string | null;
}

/**
 * The request a send came from, as the model: the address split into template and query rows, every
 * header a row (the Content-Type going to the body), and the link to the operation when there was one.
 */
export function requestFromSent(sent: SentInput): SavedRequest {
  const { url, query } = parseAddressLine(sent.url);
  const contentType = sent.headers.find((h) => h.name.toLowerCase() === 'content-type');
  const body = sentBody(sent.body, contentType?.value);
  const headers = sent.headers.filter((h) => h !== contentType || body.kind === 'none').map((h) => ({ key: h.name, value: h.value, enabled: true }));
  const operation = sent.operationId === undefined ? undefined : operationLinkOf(sent.operationId);
  return {
    method: sent.method,
    url,
    pathParams: pathParamNames(url).map((key) => ({ key, value: '' })),
    query,
    headers,
    body,
    auth: authOf(sent.connectionId),
    variables: [],
    captures: [],
    ...(operation && { operation }),
  };
}
