/**
 * Validates Sandbox responses against the Sandbox's own OpenAPI document: dereferenced with
 * swagger-parser, `nullable` rewritten for JSON Schema, and every object with declared properties
 * closed (`additionalProperties: false`), so a field the data gains but the document lacks fails.
 * Test-only.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;

/** The document's response schemas, ready to check bodies against. */
export interface DocValidator {
  /** Errors of `body` against the `status` response of `GET path` (empty when valid). */
  errors(path: string, status: string, body: unknown, options?: { partial?: boolean }): ErrorObject[];
}

interface Rules {
  /** Drop `required` (for items trimmed by `select`). */
  partial: boolean;
}

/** A cycle-safe JSON Schema copy of an OpenAPI 3.0 schema. */
function toJsonSchema(schema: unknown, rules: Rules, seen = new Map<unknown, unknown>()): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (seen.has(schema)) return seen.get(schema);
  if (Array.isArray(schema)) {
    const list: unknown[] = [];
    seen.set(schema, list);
    for (const element of schema) list.push(toJsonSchema(element, rules, seen));
    return list;
  }
  const source = schema as Json;
  const out: Json = {};
  seen.set(schema, out);
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'example' || (key === 'required' && rules.partial)) continue;
    out[key] = key === 'enum' ? value : toJsonSchema(value, rules, seen);
  }
  if (source.properties && source.additionalProperties === undefined) out.additionalProperties = false;
  if (source.nullable === true && typeof source.type === 'string') {
    out.type = [source.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
}

/** Loads `document` (not changed) and compiles its response schemas on demand. */
export async function loadDocValidator(document: Json): Promise<DocValidator> {
  const api = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as { paths: Record<string, { get?: Json }> };
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return {
    errors(path, status, body, options = {}) {
      const key = `${path} ${status} ${options.partial === true}`;
      let validate = compiled.get(key);
      if (!validate) {
        const responses = api.paths[path]?.get?.responses as Record<string, { content?: Record<string, { schema?: Json }> }> | undefined;
        const schema = responses?.[status]?.content?.['application/json']?.schema;
        if (!schema) throw new Error(`The document has no ${status} JSON schema for GET ${path}.`);
        validate = ajv.compile(toJsonSchema(schema, { partial: options.partial === true }) as Json);
        compiled.set(key, validate);
      }
      return validate(body) ? [] : [...(validate.errors ?? [])];
    },
  };
}
