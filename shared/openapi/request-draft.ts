/**
 * The starting point of a request built from an operation: every parameter as a row, required
 * ones ticked and optional ones unticked (the Postman complaint), values pre-filled from the
 * spec's default or example so that ticking a row gives something sensible.
 */
import { z } from 'zod';
import { httpMethodSchema, maxBodyChars, maxRows } from '../model/request';
import type { JsonValue, OperationDetail, ParameterInfo } from './types';

/** One parameter row of the operation builder: what the user chose, with the operation's rules for sending it. */
export const draftParamSchema = z
  .object({
    name: z.string().max(500),
    in: z.enum(['path', 'query', 'header', 'cookie']),
    /** Ticked: sent with the request. */
    enabled: z.boolean(),
    /** The text to send; a list for array parameters. */
    value: z.union([z.string().max(100_000), z.array(z.string().max(100_000)).max(maxRows)]),
    required: z.boolean(),
    isArray: z.boolean(),
    style: z.string().max(40),
    explode: z.boolean(),
    allowReserved: z.boolean(),
  })
  .strict();

/** One parameter row of a request. */
export type DraftParam = z.infer<typeof draftParamSchema>;

/** The operation builder's request: the operation's parameters as rows, the body text and its type. */
export const requestDraftSchema = z
  .object({
    method: httpMethodSchema,
    /** The path template as declared: `/api/v1/storage-systems/{systemId}`. */
    path: z.string().max(4000),
    params: z.array(draftParamSchema).max(maxRows),
    /** The chosen body content type, when the operation takes a body. */
    contentType: z.string().max(200).optional(),
    /** The body text; pre-filled only from an example the spec gives. */
    body: z.string().max(maxBodyChars).optional(),
  })
  .strict();

/** A request being edited in the operation builder, before variables are filled in. */
export type RequestDraft = z.infer<typeof requestDraftSchema>;

/** Headers OpenAPI says to ignore as parameters: the request sets them itself. */
const ignoredHeaders = new Set(['accept', 'content-type', 'authorization']);

function asText(value: JsonValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The value a parameter row starts with: the default, else the example (not for path ids, which examples only invent). */
export function initialValue(param: ParameterInfo): string | string[] {
  const source = param.default ?? (param.in === 'path' ? undefined : (param.example ?? param.examples?.find((e) => e.value !== undefined)?.value));
  if (param.isArray) {
    if (Array.isArray(source)) return source.map((v) => asText(v) ?? '').filter((v) => v !== '');
    const text = asText(source);
    return text === undefined ? [] : [text];
  }
  return asText(Array.isArray(source) ? source[0] : source) ?? '';
}

function bodyText(operation: OperationDetail, contentType: string | undefined): string | undefined {
  const media = operation.requestBody?.content.find((c) => c.contentType === contentType);
  const example = media?.example ?? media?.examples?.find((e) => e.value !== undefined)?.value;
  if (example === undefined) return undefined;
  return typeof example === 'string' ? example : JSON.stringify(example, null, 2);
}

/** The draft a freshly opened operation starts with. */
export function initialRequestDraft(operation: OperationDetail): RequestDraft {
  const params: DraftParam[] = operation.parameters
    .filter((p) => !(p.in === 'header' && ignoredHeaders.has(p.name.toLowerCase())))
    .map((p) => ({
      name: p.name,
      in: p.in,
      enabled: p.required,
      value: initialValue(p),
      required: p.required,
      isArray: p.isArray,
      style: p.style,
      explode: p.explode,
      allowReserved: p.allowReserved,
    }));
  const contentType = operation.requestBody?.contentTypes[0];
  const body = bodyText(operation, contentType);
  return {
    method: operation.method,
    path: operation.path,
    params,
    ...(contentType ? { contentType } : {}),
    ...(body !== undefined ? { body } : {}),
  };
}
