/**
 * The signature of an operation: what a saved request depends on — its parameters (where, name,
 * type, required) and the shape of its request body. Two versions of a spec are compared through
 * these, so a re-import can say which saved requests still fit.
 */
import { z } from 'zod';
import { isObject } from '../openapi/json-pointer';
import { propertiesOf, typeOf } from '../openapi/schema-shape';
import type { JsonSchema, JsonValue, OperationDetail, ParameterInfo } from '../openapi/types';
import { httpMethodSchema } from '../model/request';

/** One parameter as a saved request sees it. */
export const signatureParamSchema = z
  .object({
    in: z.enum(['path', 'query', 'header', 'cookie']),
    name: z.string().max(500),
    /** `integer`, `array of string`, or `any` when the spec gives no type. */
    type: z.string().max(200),
    required: z.boolean(),
  })
  .strict();

/** One parameter of a signature. */
export type SignatureParam = z.infer<typeof signatureParamSchema>;

/** The request body as a saved request sees it. */
export const signatureBodySchema = z
  .object({
    required: z.boolean(),
    contentTypes: z.array(z.string().max(200)).max(50),
    /** Each field of the (first) body schema by its dotted path, with its type and `*` when required: `name: string*`. */
    fields: z.record(z.string().max(1000), z.string().max(200)),
    /** A hash of the whole schema (without descriptions and examples), so a change the fields miss still shows. */
    hash: z.string().max(40),
  })
  .strict();

/** The request body of a signature. */
export type SignatureBody = z.infer<typeof signatureBodySchema>;

/** What a saved request depends on in one operation. */
export const operationSignatureSchema = z
  .object({
    key: z.string().max(5000),
    method: httpMethodSchema,
    path: z.string().max(4000),
    operationId: z.string().max(500).optional(),
    params: z.array(signatureParamSchema).max(1000),
    body: signatureBodySchema.optional(),
  })
  .strict();

/** An operation's signature. */
export type OperationSignature = z.infer<typeof operationSignatureSchema>;

/** How deep body fields are listed: deeper changes still show through the hash. */
const maxFieldDepth = 4;
/** Most fields listed per body (a huge schema is summed up by its hash beyond that). */
const maxFields = 400;

/** A parameter's type in words a user reads: `integer`, `array of string`, `string (date-time)`. */
export function paramType(param: Pick<ParameterInfo, 'type' | 'format' | 'isArray'>): string {
  const base = param.type ? `${param.type}${param.format ? ` (${param.format})` : ''}` : 'any';
  return param.isArray ? `array of ${base}` : base;
}

/** Headers OpenAPI says to ignore as parameters (the request sets them itself): never part of a signature. */
const ignoredHeaders = new Set(['accept', 'content-type', 'authorization']);

function fieldType(root: JsonSchema, schema: JsonSchema): string {
  const type = typeOf(root, schema) ?? 'any';
  if (type !== 'array') return type;
  const items = isObject(schema.items) ? schema.items : undefined;
  return `array of ${(items && typeOf(root, items)) ?? 'any'}`;
}

function requiredNames(schema: JsonSchema): Set<string> {
  const names = new Set<string>();
  const add = (node: unknown) => {
    if (isObject(node) && Array.isArray(node.required)) for (const n of node.required) if (typeof n === 'string') names.add(n);
  };
  add(schema);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) add(part);
  return names;
}

/** Every field of `schema` by dotted path (list items as `[]`), with its type and `*` when required. */
export function bodyFields(root: JsonSchema): Record<string, string> {
  const fields: Record<string, string> = {};
  let count = 0;
  const walk = (schema: JsonSchema, prefix: string, depth: number) => {
    if (depth >= maxFieldDepth) return;
    const required = requiredNames(schema);
    for (const [name, prop] of propertiesOf(root, schema)) {
      if (count >= maxFields) return;
      const path = prefix ? `${prefix}.${name}` : name;
      count += 1;
      fields[path] = `${fieldType(root, prop)}${required.has(name) ? '*' : ''}`;
      const items = isObject(prop.items) ? prop.items : undefined;
      if (items) walk(items, `${path}[]`, depth + 1);
      else walk(prop, path, depth + 1);
    }
  };
  walk(root, '', 0);
  return fields;
}

const noise = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'x-example']);

/** The schema as text with sorted keys and without words meant for people, so only real changes alter it. */
function canonical(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => !noise.has(k)).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, as hex: short and the same everywhere (no Node crypto in shared/). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The signature of an operation from its detail (as `specs.operation` gives it). */
export function signatureOf(detail: OperationDetail): OperationSignature {
  const params = detail.parameters
    .filter((p) => !(p.in === 'header' && ignoredHeaders.has(p.name.toLowerCase())))
    .map((p) => ({ in: p.in, name: p.name, type: paramType(p), required: p.required }));
  const media = detail.requestBody?.content.find((c) => /json/i.test(c.contentType) && c.schema) ?? detail.requestBody?.content.find((c) => c.schema);
  const body = detail.requestBody && {
    required: detail.requestBody.required,
    contentTypes: [...detail.requestBody.contentTypes],
    fields: media?.schema ? bodyFields(media.schema) : {},
    hash: hashText(canonical(media?.schema)),
  };
  return {
    key: detail.id,
    method: detail.method,
    path: detail.path,
    ...(detail.operationId !== undefined && { operationId: detail.operationId }),
    params,
    ...(body && { body }),
  };
}
