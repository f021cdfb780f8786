/**
 * Small builders for the OpenAPI 3.0 schemas of the Sandbox's own document, so each item schema
 * reads as a list of fields with one line of description each. Objects list every property as
 * required unless named optional, which the tests hold the real responses to.
 */

/** An OpenAPI 3.0 Schema Object (or any other JSON object of the document). */
export type Schema = Record<string, unknown>;

/** A string. */
export function str(description: string, extra: Schema = {}): Schema {
  return { type: 'string', description, ...extra };
}

/** A string with a fixed set of values. */
export function oneOf(description: string, values: readonly string[]): Schema {
  return { type: 'string', description, enum: [...values] };
}

/** An ISO 8601 date-time string. */
export function dateTime(description: string): Schema {
  return { type: 'string', format: 'date-time', description };
}

/** A whole number (`int64` when it can pass 2^31). */
export function int(description: string, extra: Schema = {}): Schema {
  return { type: 'integer', description, ...extra };
}

/** A number that may have a fraction. */
export function num(description: string): Schema {
  return { type: 'number', description };
}

/** true or false. */
export function bool(description: string): Schema {
  return { type: 'boolean', description };
}

/** `schema`, or null. */
export function nullable(schema: Schema): Schema {
  return { ...schema, nullable: true };
}

/** A list of `items`. */
export function arr(description: string, items: Schema): Schema {
  return { type: 'array', description, items };
}

/** An object whose properties are all present, except those named in `optional`. */
export function obj(description: string, properties: Record<string, Schema>, optional: readonly string[] = []): Schema {
  const required = Object.keys(properties).filter((name) => !optional.includes(name));
  return { type: 'object', description, ...(required.length > 0 ? { required } : {}), properties };
}

/** A reference to `#/components/schemas/<name>`. */
export function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

/** `schema` without the properties named in `names` (and without them in `required`). */
export function omitProperties(schema: Schema, names: readonly string[], description?: string): Schema {
  const properties = { ...(schema.properties as Record<string, Schema>) };
  for (const name of names) delete properties[name];
  const required = ((schema.required as string[] | undefined) ?? []).filter((name) => !names.includes(name));
  return { ...schema, ...(description ? { description } : {}), required, properties };
}
