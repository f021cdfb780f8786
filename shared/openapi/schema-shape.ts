/**
 * Looks into schemas made by {@link resolveSchema}: the properties of an object (through `allOf`,
 * `oneOf`, `anyOf` and `#/$defs` recursion), and the item schema of a list response.
 */
import { isObject } from './json-pointer';
import { primaryType } from './parameters';
import { followDef } from './schema-resolve';
import type { JsonSchema, OperationDetail } from './types';

/** Follows `#/$defs/…` refs of `root` (at most a few hops). */
export function follow(root: JsonSchema, node: unknown): JsonSchema | undefined {
  let current: unknown = node;
  for (let hops = 0; hops < 8 && isObject(current) && typeof current.$ref === 'string'; hops++) current = followDef(root, current);
  return isObject(current) ? current : undefined;
}

/**
 * The properties of an object schema, merged across `allOf` (later parts refine earlier ones, as
 * COM's `allOf: [resourceCollection, {items: …}]` needs) and `oneOf`/`anyOf` (first one wins).
 */
export function propertiesOf(root: JsonSchema, schema: unknown, depth = 0): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  const node = follow(root, schema);
  if (!node || depth > 8) return out;
  const add = (name: string, prop: JsonSchema, refine: boolean) => {
    const existing = out.get(name);
    if (!existing) out.set(name, prop);
    else if (refine) out.set(name, { ...existing, ...prop });
  };
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = node[key];
    if (Array.isArray(parts)) for (const part of parts) for (const [name, s] of propertiesOf(root, part, depth + 1)) add(name, s, key === 'allOf');
  }
  if (isObject(node.properties)) {
    for (const [name, s] of Object.entries(node.properties)) add(name, follow(root, s) ?? {}, true);
  }
  return out;
}

/** The type of a schema, looking through `allOf` and `$defs` when it has none of its own. */
export function typeOf(root: JsonSchema, schema: unknown): string | undefined {
  const node = follow(root, schema);
  if (!node) return undefined;
  const own = primaryType(node);
  if (own) return own;
  if (node.properties || node.allOf) return propertiesOf(root, node).size > 0 ? 'object' : undefined;
  if (node.items) return 'array';
  return undefined;
}

/** The successful JSON response schema of an operation: `200`, else the first `2xx`, else `default`. */
export function successSchema(operation: Pick<OperationDetail, 'responses'>): JsonSchema | undefined {
  const ordered = [
    ...operation.responses.filter((r) => r.status === '200'),
    ...operation.responses.filter((r) => /^2/.test(r.status) && r.status !== '200'),
    ...operation.responses.filter((r) => r.status === 'default'),
  ];
  for (const response of ordered) {
    const media = response.content.find((c) => /json/i.test(c.contentType) && c.schema) ?? response.content.find((c) => c.schema);
    if (media?.schema) return media.schema;
  }
  return undefined;
}

/** The schema of one item of a list response, and whether the response is a list at all. */
export interface ItemSchema {
  /** Self-contained: carries the response's `$defs`. */
  schema: JsonSchema;
  /** True when the response is an envelope with `items[]` (or a bare array). */
  isList: boolean;
}

/**
 * The item schema of an operation's successful response: `items[]` of a list envelope (DSCC,
 * GreenLake, COM), the items of a bare array, or the object itself.
 */
export function successItemSchema(operation: Pick<OperationDetail, 'responses'>): ItemSchema | undefined {
  const root = successSchema(operation);
  if (!root) return undefined;
  const withDefs = (s: JsonSchema): JsonSchema => (root.$defs && !s.$defs ? { ...s, $defs: root.$defs } : s);
  const top = follow(root, root) ?? root;
  if (typeOf(root, top) === 'array') {
    const item = follow(root, top.items);
    if (item) return { schema: withDefs(item), isList: true };
  }
  const items = propertiesOf(root, top).get('items');
  if (items && typeOf(root, items) === 'array') {
    const item = follow(root, items.items);
    if (item) return { schema: withDefs(item), isList: true };
  }
  return { schema: withDefs(top), isList: false };
}
