/**
 * Flattens OpenAPI 3 and Swagger 2.0 parameters into {@link ParameterInfo}: the type, enum, default
 * and examples the request builder shows, with the serialisation defaults of the spec applied.
 */
import { capDepth } from './depth-cap';
import { finding } from './finding-location';
import { deref, isObject, json, str } from './json-pointer';
import { resolveSchema } from './schema-resolve';
import type { JsonObject, JsonSchema, JsonValue, NamedExample, ParameterInfo, ParameterLocation, SpecFinding, SpecFormat } from './types';
import { abbreviate } from './abbreviate';

const locations: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** The first non-null type of a schema (`["string","null"]` → `string`). */
export function primaryType(schema: JsonValue | undefined): string | undefined {
  if (!isObject(schema)) return undefined;
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t): t is string => typeof t === 'string' && t !== 'null');
  return undefined;
}

/** Reads an OpenAPI 3 `examples` map (following `$ref`s to `#/components/examples`). */
export function namedExamples(doc: unknown, raw: unknown): NamedExample[] | undefined {
  if (!isObject(raw)) return undefined;
  const out: NamedExample[] = [];
  for (const [name, entry] of Object.entries(raw)) {
    const resolved = deref(doc, entry);
    if (!resolved.ok || !isObject(resolved.value)) continue;
    const e = resolved.value;
    const summary = str(e.summary);
    const description = str(e.description);
    const externalValue = str(e.externalValue);
    out.push({
      name,
      ...(summary ? { summary } : {}),
      ...(description ? { description } : {}),
      ...(e.value !== undefined ? { value: capDepth(e.value) } : {}),
      ...(externalValue ? { externalValue } : {}),
    });
  }
  return out.length > 0 ? out : undefined;
}

/** Swagger 2.0 `collectionFormat` as an OpenAPI 3 style and explode. */
function legacyStyle(collectionFormat: string | undefined, where: ParameterLocation): { style: string; explode: boolean } {
  switch (collectionFormat) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    default:
      return { style: where === 'query' || where === 'cookie' ? 'form' : 'simple', explode: false };
  }
}

/** The JSON Schema a Swagger 2.0 non-body parameter implies. */
function legacySchema(p: JsonObject): JsonObject {
  const keys = ['type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems'];
  const out: JsonObject = {};
  for (const key of keys) if (p[key] !== undefined) out[key] = p[key] as JsonValue;
  return out;
}

/** Where a parameter's schema lives: `schema`, or the first media type of `content`. */
function schemaNode(p: JsonObject): unknown {
  if (p.schema !== undefined) return p.schema;
  if (isObject(p.content)) {
    const first = Object.values(p.content)[0];
    if (isObject(first)) return first.schema;
  }
  return undefined;
}

function describe(p: JsonObject, where: ParameterLocation, schema: JsonSchema, format: SpecFormat): ParameterInfo {
  const isArray = primaryType(schema) === 'array';
  const valueSchema = isArray && isObject(schema.items) ? schema.items : schema;
  const defaults = format === 'swagger-2.0'
    ? legacyStyle(str(p.collectionFormat), where)
    : { style: str(p.style) ?? (where === 'query' || where === 'cookie' ? 'form' : 'simple'), explode: false };
  const explode = format === 'swagger-2.0' ? defaults.explode : typeof p.explode === 'boolean' ? p.explode : defaults.style === 'form';
  const enumValues = Array.isArray(valueSchema.enum) ? valueSchema.enum : undefined;
  const raw = p.example ?? p['x-example'];
  const example = raw === undefined ? json(schema.example) : capDepth(raw);
  const description = str(p.description);
  const type = primaryType(valueSchema);
  const fmt = str(valueSchema.format);
  return {
    name: str(p.name) ?? '',
    in: where,
    required: where === 'path' || p.required === true,
    deprecated: p.deprecated === true,
    ...(description ? { description } : {}),
    ...(type ? { type } : {}),
    ...(fmt ? { format: fmt } : {}),
    isArray,
    ...(enumValues ? { enum: enumValues } : {}),
    ...(schema.default !== undefined ? { default: schema.default } : {}),
    ...(example !== undefined ? { example } : {}),
    style: defaults.style,
    explode,
    allowReserved: p.allowReserved === true,
    schema,
  };
}

/** The outcome of reading one parameter. */
export type ParameterRead =
  | { kind: 'param'; param: ParameterInfo }
  | { kind: 'body'; raw: JsonObject }
  | { kind: 'formData'; raw: JsonObject }
  | { kind: 'skip'; finding?: SpecFinding };

/** Reads the parameter at `pointer` (which may be a `$ref`). Swagger 2.0 body and form parameters come back raw. */
export function readParameter(doc: unknown, node: unknown, pointer: string, format: SpecFormat): ParameterRead {
  const resolved = deref(doc, node);
  if (!resolved.ok) {
    const why = resolved.reason === 'external' ? 'is in another file that was not fetched' : 'does not exist in this file';
    return { kind: 'skip', finding: finding(resolved.reason === 'external' ? 'warning' : 'error', 'import', `A parameter refers to "${abbreviate(resolved.ref)}", which ${why}.`, pointer) };
  }
  if (!isObject(resolved.value)) return { kind: 'skip' };
  const p = resolved.value;
  const where = str(p.in);
  if (where === 'body') return { kind: 'body', raw: p };
  if (where === 'formData') return { kind: 'formData', raw: p };
  if (!where || !locations.includes(where as ParameterLocation)) return { kind: 'skip' };
  const rawSchema = format === 'swagger-2.0' ? legacySchema(p) : schemaNode(p);
  const schema = rawSchema === undefined ? {} : resolveSchema(doc, rawSchema, { format });
  const param = describe(p, where as ParameterLocation, schema, format);
  const examples = namedExamples(doc, p.examples);
  return { kind: 'param', param: examples ? { ...param, examples } : param };
}
