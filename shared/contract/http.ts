/**
 * Commands for sending requests. Requests go out from main (no CORS, and the token never reaches
 * the renderer): the renderer names an environment and sends the request as the user wrote it,
 * `{{variables}}` included; main interpolates, applies safe mode, adds the token and answers.
 */
import { z } from 'zod';
import type { Advice } from '../http/advice';
import type { PageInfo } from '../http/pagination';
import type { CaptureOutcome } from '../model/capture';
import { collectionIdSchema } from '../model/collection';
import { captureSchema, maxBodyChars, maxRows, maxUrlLength, requestRowSchema, sendableMethodSchema, type SendableMethod } from '../model/request';
import { maxOperationRefLength } from '../openapi/limits';
import { command, event } from './define';

// Declared once, with the request model.
export { httpMethodSchema, sendableMethodSchema, type HttpMethod, type SendableMethod } from '../model/request';

/** A header as name and value (duplicates allowed, order kept). */
export const headerSchema = z
  .object({
    name: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'A header name may hold letters, digits and - _ . only.').max(256),
    value: z.string().max(65_536).refine((v) => !/[\r\n\0]/.test(v), 'A header value cannot contain a line break.'),
  })
  .strict();

/** A header. */
export type Header = z.infer<typeof headerSchema>;

/** A request as the renderer knows it; `{{name}}` placeholders are replaced by main from the environment. */
export const sendRequestSchema = z
  .object({
    /** Chosen by the renderer; `http.cancel` and `http.progress` refer to it. */
    requestId: z.string().min(1).max(128),
    /** The environment whose variables, connection and safety rules apply; none means a plain request. */
    environmentId: z.string().min(1).max(256).optional(),
    /** Any method but TRACE (see `sendableMethodSchema`). */
    method: sendableMethodSchema,
    /** The URL template with its query, as the user wrote it (see `sendFieldsOf` for a saved request's). */
    url: z.string().min(1).max(maxUrlLength),
    headers: z.array(headerSchema).max(200).default([]),
    body: z.string().max(maxBodyChars).optional(),
    /** The OpenAPI operation this request came from (`<specId>:<METHOD path>`), for history. */
    operationId: z.string().max(maxOperationRefLength).optional(),
    /** True once the user confirmed a POST/PUT/PATCH/DELETE on a real environment. */
    confirmed: z.boolean().optional(),
    /** Per-request timeout; 30 s unless given. */
    timeoutMs: z.number().int().min(100).max(3_600_000).optional(),
    /** Overrides the environment's connection: an id to use another one, null to send no token. */
    connectionId: z.string().min(1).max(256).nullable().optional(),
    /**
     * The saved request this is (a tab opened from a collection): the connection, environment and
     * variables its folders and collection set apply, as `resolveScope` decides.
     */
    scope: z.object({ collectionId: collectionIdSchema, itemId: collectionIdSchema }).strict().optional(),
    /** The request's own variables: the nearest place a `{{name}}` is looked up. */
    variables: z.array(requestRowSchema).max(maxRows).optional(),
    /** Values to save from a 2xx answer into variables (see `readCapture`). */
    captures: z.array(captureSchema).max(maxRows).optional(),
  })
  .strict();

/** A request as the renderer sends it. */
export type SendRequest = z.input<typeof sendRequestSchema>;

/** The languages "Copy as" offers. */
export const snippetLanguageSchema = z.enum(['curl', 'python', 'powershell']);
/** A "Copy as" language. */
export type SnippetLanguage = z.infer<typeof snippetLanguageSchema>;

/**
 * The input of "Copy as": the request as `http.send` takes it, less what only a send has (id,
 * confirmation, timeout, operation), and a body of at most 1 MB — a snippet goes to the clipboard.
 */
export const snippetInputSchema = sendRequestSchema
  .pick({ environmentId: true, method: true, url: true, headers: true, connectionId: true, scope: true, variables: true })
  .extend({ language: snippetLanguageSchema, body: z.string().max(1024 * 1024).optional() })
  .strict();

/** A "Copy as" request after validation. */
export type SnippetInput = z.output<typeof snippetInputSchema>;

/**
 * A response body as it reaches the renderer. Small text and JSON come inline; big ones stay in main
 * and are read with `http.bodyChunk` or saved with `http.saveBody`.
 */
export type ResponseBody =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'image'; mediaType: string; base64: string; size: number }
  | { kind: 'large'; id: string; size: number }
  | { kind: 'binary'; id: string; size: number }
  | { kind: 'too_large'; size: number; limit: number };

/** What was actually sent, with the token Shoreline added shown as `Bearer ••••••`. */
export interface SentRequest {
  method: SendableMethod;
  url: string;
  headers: Header[];
}

/** A response. */
export interface HttpResponse {
  requestId: string;
  /** The history entry recorded for this exchange (absent if history could not be written). */
  historyId?: string;
  status: number;
  statusText: string;
  headers: Header[];
  /** Milliseconds from sending to the last byte, and to the response headers. */
  timing: { totalMs: number; headersMs: number };
  /** Body size in bytes (after decompression). */
  size: number;
  /** The Content-Type header, or '' when there was none. */
  contentType: string;
  /** How the body should be shown: 'json', 'text', 'image' or 'binary'. */
  contentKind: 'json' | 'text' | 'image' | 'binary';
  body: ResponseBody;
  sent: SentRequest;
  /** Advice for a 4xx/5xx status, in plain words. */
  advice?: Advice;
  /** Paging facts, when the body is a recognised list envelope. */
  pagination?: PageInfo;
  /** What the request's captures saved (or why not), after a 2xx answer. */
  captured?: CaptureOutcome[];
}

/** Progress of `http.fetchAll`. */
export interface HttpProgress {
  requestId: string;
  /** Items fetched so far. */
  fetched: number;
  /** All items the API says exist, when it says. */
  total?: number;
  pages: number;
  /** Set while waiting after a 429: seconds until the next try. */
  waitingSeconds?: number;
}

/** The outcome of `http.fetchAll`. Stopping early (cap, error, cancel) still returns what was fetched. */
export interface FetchAllResult {
  requestId: string;
  /** A JSON array of every item fetched (inline text, or a `large` body to read in chunks). */
  body: ResponseBody;
  fetched: number;
  total?: number;
  pages: number;
  /** True when every page was fetched. */
  complete: boolean;
  /** Why fetching stopped before the end. */
  stoppedBy?: 'cap' | 'error' | 'cancelled' | 'no_paging';
  /** The error that stopped it, when `stoppedBy` is 'error'. */
  error?: { code: string; message: string; status?: number; advice?: Advice };
  historyId?: string;
}

/** A slice of a body kept in main. */
export interface BodyChunk {
  id: string;
  offset: number;
  /** Where the next chunk starts (UTF-8 chunks never split a character). */
  nextOffset: number;
  size: number;
  done: boolean;
  /** The slice as text (utf8) or base64. */
  data: string;
}

/** The HTTP domain of the contract. */
export const httpCommands = {
  /** Sends one request and returns its response. */
  'http.send': command<HttpResponse>()(sendRequestSchema),
  /** Cancels the request (or fetch-all) with this id; false when none was running. */
  'http.cancel': command<{ cancelled: boolean }>()(z.object({ requestId: z.string().min(1).max(128) }).strict()),
  /** Follows every page of a GET list (up to `cap` items), with progress events and 429 back-off. */
  'http.fetchAll': command<FetchAllResult>()(
    z
      .object({
        request: sendRequestSchema,
        cap: z.number().int().min(1).max(1_000_000).default(5_000),
        pageSize: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
  ),
  /** Reads part of a body kept in main. */
  'http.bodyChunk': command<BodyChunk>()(
    z
      .object({
        id: z.string().min(1).max(128),
        offset: z.number().int().min(0),
        length: z.number().int().min(1).max(8 * 1024 * 1024),
        encoding: z.enum(['utf8', 'base64']).default('utf8'),
      })
      .strict(),
  ),
  /**
   * Saves a body kept in main to a file the user picks in the host's save dialog (`path` is null when
   * they cancelled). The renderer never names the path: a page must not choose where bytes land.
   */
  'http.saveBody': command<{ path: string | null; size: number }>()(z.object({ id: z.string().min(1).max(128) }).strict()),
  /** Forgets a body kept in main (the response tab was closed). */
  'http.releaseBody': command<void>()(z.object({ id: z.string().min(1).max(128) }).strict()),
  /** Code that sends this request ("Copy as"), with the token fetched from CLIENTID/CLIENTSECRET. */
  'http.snippet': command<{ language: SnippetLanguage; text: string }>()(snippetInputSchema),
};

/** Events of the HTTP domain. */
export const httpEvents = {
  /** A fetch-all made progress. */
  'http.progress': event<HttpProgress>(),
};
