/**
 * Validates Sandbox responses against the real HPE specs: dereferenced with swagger-parser, checked
 * with Ajv (draft-07 for OpenAPI 3.0, 2020-12 for 3.1). Test-only.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv, { type ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding the real specs. */
export const specsDir = fileURLToPath(new URL('../../../../e2e/fixtures/specs/', import.meta.url));

type Json = Record<string, unknown>;

/** A loaded spec and a way to validate against its response schemas. */
export interface SpecValidator {
  /** The response schema of `method path` for `status`, as JSON Schema (3.0 `nullable` rewritten). */
  responseSchema(path: string, status: string, method?: string): Json;
  /** Errors of `data` against `schema` (empty when valid). */
  errors(schema: Json, data: unknown): ErrorObject[];
}

function createAjv(openapi: string): Ajv {
  const options = { strict: false, allErrors: true, logger: false as const };
  const ajv = openapi.startsWith('3.1') ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  // Formats the HPE specs use that Ajv does not know.
  ajv.addFormat('productId+serialNumber', /^[^+\s]+\+[^+\s]+$/);
  ajv.addFormat('float64', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  return ajv;
}

/** Loads and dereferences `file` (a name inside {@link specsDir}) once; call in beforeAll. */
export async function loadSpec(file: string): Promise<SpecValidator> {
  const api = (await SwaggerParser.dereference(join(specsDir, file))) as unknown as Json & { openapi: string; paths: Record<string, Json> };
  const ajv = createAjv(api.openapi);
  const compiled = new WeakMap<object, ReturnType<Ajv['compile']>>();
  return {
    responseSchema(path, status, method = 'get') {
      const operation = api.paths[path]?.[method] as { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> } | undefined;
      const schema = operation?.responses?.[status]?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`${file}: no ${status} JSON schema for ${method.toUpperCase()} ${path}`);
      return api.openapi.startsWith('3.0') ? copySchema(schema, { nullable: true }) : schema;
    },
    errors(schema, data) {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.compile(schema);
        compiled.set(schema, validate);
      }
      return validate(data) ? [] : [...(validate.errors ?? [])];
    },
  };
}

interface CopyRules {
  /** Drop `required` lists (for responses trimmed by `select`). */
  dropRequired?: boolean;
  /** Turn OpenAPI 3.0 `nullable: true` into JSON Schema (`type: [t, 'null']`, or `anyOf` with null). */
  nullable?: boolean;
}

/** A cycle-safe copy of `schema` rewritten by `rules`. */
function copySchema(schema: Json, rules: CopyRules): Json {
  const copies = new Map<unknown, unknown>();
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const existing = copies.get(value);
    if (existing) return existing;
    if (Array.isArray(value)) {
      const list: unknown[] = [];
      copies.set(value, list);
      for (const element of value) list.push(copy(element));
      return list;
    }
    const outer: Json = {};
    copies.set(value, outer);
    const inner: Json = {};
    const source = value as Json;
    for (const [key, child] of Object.entries(source)) {
      if (rules.dropRequired && key === 'required' && Array.isArray(child)) continue;
      if (rules.nullable && key === 'nullable' && typeof child === 'boolean') continue;
      inner[key] = copy(child);
    }
    if (rules.nullable && source.nullable === true) {
      if (typeof source.type === 'string') {
        inner.type = [source.type, 'null'];
        if (Array.isArray(inner.enum)) inner.enum = [...(inner.enum as unknown[]), null];
      } else {
        outer.anyOf = [inner, { type: 'null' }];
        return outer;
      }
    }
    Object.assign(outer, inner);
    return outer;
  };
  return copy(schema) as Json;
}

/**
 * A copy of `schema` without `required` lists, for responses trimmed by `select` (which drops
 * required fields on purpose); types and formats of what remains are still checked.
 */
export function withoutRequired(schema: Json): Json {
  return copySchema(schema, { dropRequired: true });
}
