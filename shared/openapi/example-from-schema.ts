/**
 * "Insert example": a starting JSON value built from a schema: its example, default, const or
 * first enum value where it gives one, else a placeholder of the right type. Recursive schemas stop
 * where they come back to themselves, and depth is capped, so the result is always small.
 */
import { isObject } from './json-pointer';
import { primaryType } from './parameters';
import { follow, propertiesOf } from './schema-shape';
import type { JsonObject, JsonSchema, JsonValue } from './types';

/** Options of {@link exampleFromSchema}. */
export interface ExampleOptions {
  /** `request` leaves out `readOnly` properties, `response` leaves out `writeOnly` ones. Default `request`. */
  mode?: 'request' | 'response';
  /** Nesting levels to fill in; default 8. */
  maxDepth?: number;
}

const formatSamples: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00.000Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  password: '',
};

/** A starting value for `schema` (a schema made by `resolveSchema`, with its `$defs`). */
export function exampleFromSchema(schema: JsonSchema, options: ExampleOptions = {}): JsonValue {
  const mode = options.mode ?? 'request';
  const maxDepth = options.maxDepth ?? 8;
  const root = schema;

  const build = (node: unknown, depth: number, trail: ReadonlySet<unknown>): JsonValue => {
    const s = follow(root, node);
    if (!s) return null;
    if (trail.has(s) || depth > maxDepth) return primaryType(s) === 'array' ? [] : primaryType(s) === 'object' || s.properties ? {} : null;
    const next = new Set(trail).add(s);
    if (s.example !== undefined) return s.example;
    if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0] as JsonValue;
    if (s.default !== undefined) return s.default;
    if (s.const !== undefined) return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v) => v !== null) ?? s.enum[0] ?? null;
    const choice = Array.isArray(s.oneOf) ? s.oneOf[0] : Array.isArray(s.anyOf) ? s.anyOf[0] : undefined;
    if (choice !== undefined && !s.properties && !s.allOf) return build(choice, depth + 1, next);
    const type = primaryType(s) ?? (s.properties || s.allOf ? 'object' : s.items ? 'array' : undefined);
    switch (type) {
      case 'object': {
        const out: JsonObject = {};
        for (const [name, prop] of propertiesOf(root, s)) {
          if ((mode === 'request' && prop.readOnly === true) || (mode === 'response' && prop.writeOnly === true)) continue;
          out[name] = build(prop, depth + 1, next);
        }
        if (Array.isArray(s.allOf) && Object.keys(out).length === 0) {
          for (const part of s.allOf) {
            const v = build(part, depth + 1, next);
            if (isObject(v)) Object.assign(out, v);
          }
        }
        return out;
      }
      case 'array':
        return s.items === undefined ? [] : [build(s.items, depth + 1, next)];
      case 'string':
        return typeof s.format === 'string' && formatSamples[s.format] !== undefined ? formatSamples[s.format] as string : 'string';
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 0;
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        return null;
    }
  };
  return build(schema, 0, new Set());
}
