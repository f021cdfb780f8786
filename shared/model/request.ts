/**
 * The one shape of a request a user can keep: what the builder edits, what a draft and a history
 * entry remember, what a collection will save, and what `http.send` is derived from. Everything is
 * a template — `{{variables}}` and `{pathParam}` stay as written until the request is sent.
 */
import { z } from 'zod';
import { variableNamePattern } from './variables';
import { specIdSchema } from './spec-id';
import { maxOperationKeyLength } from '../openapi/limits';
import { httpMethods, sendableMethods } from './request-basics';

export { blankRequest, httpMethods, isSendableMethod, operationLinkOf, qualifiedOperationKey, sendableMethods } from './request-basics';

/** An HTTP method, upper-case as it goes on the wire. Declared here once; the contract and the OpenAPI index use it. */
export const httpMethodSchema = z.enum(httpMethods);

/** An HTTP method. */
export type HttpMethod = z.infer<typeof httpMethodSchema>;

/** The methods Shoreline can send: every one but TRACE, which the Fetch standard forbids (its answer can echo credentials). */
export const sendableMethodSchema = z.enum(sendableMethods);

/** A method Shoreline can send. */
export type SendableMethod = z.infer<typeof sendableMethodSchema>;

/** Why a TRACE request is not sent, in words. */
export const traceRefusal = 'Shoreline cannot send TRACE requests: web clients are not allowed to, because a TRACE answer can echo credentials back.';

/** Longest URL template kept (the send limit). */
export const maxUrlLength = 32_768;
/** Longest body text kept or sent: 50 MB of characters. */
export const maxBodyChars = 50 * 1024 * 1024;
/** Most rows in any one list (query, headers, variables, form fields, captures). */
export const maxRows = 1000;

const keyText = z.string().max(1000);
const valueText = z.string().max(100_000);
const contentTypeText = z.string().trim().min(1).max(200);

/**
 * One row of a key–value table (query parameters, headers, form fields, variables). Rows keep their
 * order, duplicate keys are allowed (APIs take `filter` twice), and an unticked row is kept, not sent.
 */
export const requestRowSchema = z
  .object({
    key: keyText,
    value: valueText,
    enabled: z.boolean(),
    description: z.string().max(10_000).optional(),
  })
  .strict();

/** A row of a key–value table. */
export type RequestRow = z.infer<typeof requestRowSchema>;

/** The value of one `{name}` in the URL template. Path parameters are always sent; an empty one stops the send. */
export const pathParamSchema = z
  .object({
    key: keyText,
    value: valueText,
    description: z.string().max(10_000).optional(),
  })
  .strict();

/** The value of a path parameter. */
export type PathParam = z.infer<typeof pathParamSchema>;

/** The body: none, JSON or other text as typed, or form fields sent `application/x-www-form-urlencoded`. */
export const requestBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('json'), text: z.string().max(maxBodyChars), contentType: contentTypeText.default('application/json') }).strict(),
  z.object({ kind: z.literal('text'), text: z.string().max(maxBodyChars), contentType: contentTypeText.default('text/plain') }).strict(),
  z
    .object({
      kind: z.literal('form-urlencoded'),
      rows: z.array(requestRowSchema).max(maxRows),
      contentType: contentTypeText.default('application/x-www-form-urlencoded'),
    })
    .strict(),
]);

/** A request body. */
export type RequestBody = z.infer<typeof requestBodySchema>;

/**
 * Where the token comes from: `inherit` takes it from the folder, collection or active environment
 * (the nearest that sets one); `connection` names a connection (its secret stays in the keychain);
 * `none` sends no token.
 */
export const requestAuthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inherit') }).strict(),
  z.object({ kind: z.literal('connection'), connectionId: z.string().min(1).max(256) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);

/** How a request is authorised. */
export type RequestAuth = z.infer<typeof requestAuthSchema>;

/** The spec operation a request was made from: the spec's id and the operation key (`GET /api/v1/volumes`). */
export const operationLinkSchema = z
  .object({
    specId: specIdSchema,
    operationKey: z.string().min(3).max(maxOperationKeyLength),
  })
  .strict();

/** A link to a spec operation. */
export type OperationLink = z.infer<typeof operationLinkSchema>;

/**
 * After a successful answer, save a value from it into a variable — what Postman users write as
 * `pm.collectionVariables.set("X", pm.response.json().a.b)`. `path` reads the body (`items[0].id`),
 * a header name, or nothing for the status.
 */
export const captureSchema = z
  .object({
    variable: z.string().regex(variableNamePattern, 'A variable name starts with a letter or _ and has only letters, digits, _, . or -.').max(100),
    source: z.enum(['body', 'header', 'status']),
    path: z.string().max(1000),
    scope: z.enum(['collection', 'environment', 'global']),
    enabled: z.boolean(),
  })
  .strict();

/** A capture rule. */
export type Capture = z.infer<typeof captureSchema>;

/** A request a user can save. Lists default to empty, the body to none and auth to inherit. */
export const requestSchema = z
  .object({
    method: httpMethodSchema,
    /** `{{baseUrl}}/api/v1/storage-systems/{systemId}`: the address without its query (that is in `query`). */
    url: z.string().max(maxUrlLength),
    pathParams: z.array(pathParamSchema).max(maxRows).default([]),
    query: z.array(requestRowSchema).max(maxRows).default([]),
    headers: z.array(requestRowSchema).max(maxRows).default([]),
    body: requestBodySchema.default({ kind: 'none' }),
    auth: requestAuthSchema.default({ kind: 'inherit' }),
    /** Request variables: the nearest scope when `{{name}}` is resolved. */
    variables: z.array(requestRowSchema).max(maxRows).default([]),
    operation: operationLinkSchema.optional(),
    captures: z.array(captureSchema).max(maxRows).default([]),
    /** Notes in Markdown. */
    description: z.string().max(100_000).optional(),
  })
  .strict();

/** A request as kept (every list present). */
export type SavedRequest = z.output<typeof requestSchema>;
/** A request as it may be written (lists, body and auth may be left out). */
export type SavedRequestInput = z.input<typeof requestSchema>;
