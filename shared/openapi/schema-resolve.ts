/**
 * Turns a schema that uses `$ref`s into a self-contained JSON Schema, lazily and safely: refs are
 * inlined until one comes back to a schema already being expanded (recursion), which then becomes
 * `{ "$ref": "#/$defs/Name" }` with `Name` expanded once under `$defs`. A node budget stops huge
 * specs from producing huge answers: past it, every further ref also goes to `$defs`, so each
 * component is written out at most once. The original document is never modified or stringified.
 */
import { capDepth, maxSchemaDepth, tooDeepToShow } from './depth-cap';
import { isLocalRef, isObject, refName, resolvePointer } from './json-pointer';
import type { JsonObject, JsonSchema, JsonValue, SpecFormat } from './types';
import { abbreviate } from './abbreviate';

/** Options of {@link resolveSchema}. */
export interface ResolveOptions {
  /** How the spec writes null (OpenAPI 3.0 and Swagger use `nullable`). */
  format?: SpecFormat;
  /** Objects to inline before falling back to `$defs` for every ref; default 4,000. */
  maxNodes?: number;
}

/** Keys whose value is data: copied as written, never resolved. */
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const']);
/** Keys whose value maps names to schemas. */
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

function unresolved(ref: string, why: string): JsonSchema {
  return { description: why, 'x-unresolved-ref': ref };
}

/** Rewrites OpenAPI 3.0 / Swagger `nullable` into JSON Schema's `type: [t, "null"]`. */
function applyNullable(out: JsonObject, nullable: boolean): void {
  if (!nullable) return;
  const type = out.type;
  if (typeof type === 'string') out.type = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) out.type = [...type, 'null'];
}

/** Resolves `schema` (any node of `doc`) into a self-contained {@link JsonSchema}. */
export function resolveSchema(doc: unknown, schema: unknown, options: ResolveOptions = {}): JsonSchema {
  const legacyNull = options.format !== 'openapi-3.1';
  let budget = options.maxNodes ?? 4000;
  const defNames = new Map<string, string>();
  const pending: string[] = [];
  const expanding = new Set<string>();
  let depth = 0;

  function defFor(ref: string): JsonSchema {
    let name = defNames.get(ref);
    if (name === undefined) {
      const base = refName(ref).replace(/[^A-Za-z0-9_.-]/g, '_') || 'schema';
      name = base;
      for (let n = 2; [...defNames.values()].includes(name); n++) name = `${base}_${n}`;
      defNames.set(ref, name);
      pending.push(ref);
    }
    return { $ref: `#/$defs/${name}` };
  }

  function visitRef(node: JsonObject, ref: string): JsonValue {
    if (!isLocalRef(ref)) return unresolved(ref, `Defined in another file that was not fetched (${abbreviate(ref)}).`);
    if (expanding.has(ref) || budget <= 0) return defFor(ref);
    const target = resolvePointer(doc, ref);
    if (target === undefined) return unresolved(ref, `Refers to "${abbreviate(ref)}", which does not exist in this file.`);
    expanding.add(ref);
    const resolved = visit(target);
    expanding.delete(ref);
    if (!isObject(resolved)) return resolved;
    const out: JsonObject = { ...resolved };
    if (out.title === undefined && /\/(schemas|definitions)\//.test(ref)) out.title = refName(ref);
    if (Object.keys(node).length === 1) return out;
    // Siblings of $ref (a description, nullable) refine the target in 3.1, and in practice in 3.0 too.
    const merged = { ...out, ...visitObject(node, true) };
    if (legacyNull) applyNullable(merged, node.nullable === true || node['x-nullable'] === true);
    return merged;
  }

  function visitObject(node: JsonObject, skipRef: boolean): JsonObject {
    budget -= 1;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if ((skipRef && key === '$ref') || key.startsWith('x-') || key === 'nullable') continue;
      if (dataKeys.has(key)) out[key] = capDepth(value);
      else if (schemaMaps.has(key) && isObject(value)) {
        const map: JsonObject = {};
        for (const [name, sub] of Object.entries(value)) map[name] = visit(sub);
        out[key] = map;
      } else out[key] = visit(value);
    }
    if (legacyNull) applyNullable(out, node.nullable === true || node['x-nullable'] === true);
    return out;
  }

  function visit(node: unknown): JsonValue {
    if (!Array.isArray(node) && !isObject(node)) return node === undefined ? null : (node as JsonValue);
    if (depth >= maxSchemaDepth) return { description: tooDeepToShow };
    depth += 1;
    try {
      if (Array.isArray(node)) return node.map(visit);
      if (typeof node.$ref === 'string') return visitRef(node, node.$ref);
      return visitObject(node, false);
    } finally {
      depth -= 1;
    }
  }

  const root = visit(schema);
  const rootObject: JsonSchema = isObject(root) ? root : {};
  const defs: JsonObject = {};
  while (pending.length > 0) {
    const ref = pending.shift() as string;
    expanding.add(ref);
    const target = resolvePointer(doc, ref);
    const def = target === undefined ? unresolved(ref, `Refers to "${ref}", which does not exist.`) : visit(target);
    defs[defNames.get(ref) as string] = isObject(def) && def.title === undefined ? { title: refName(ref), ...def } : def;
    expanding.delete(ref);
  }
  if (Object.keys(defs).length === 0) return rootObject;
  const existing = isObject(rootObject.$defs) ? rootObject.$defs : {};
  return { ...rootObject, $defs: { ...existing, ...defs } };
}

/** Follows a `#/$defs/Name` ref inside a schema made by {@link resolveSchema}; other nodes come back as they are. */
export function followDef(root: JsonSchema, node: JsonValue | undefined): JsonValue | undefined {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/$defs/')) return node;
  const defs = isObject(root.$defs) ? root.$defs : {};
  return defs[node.$ref.slice('#/$defs/'.length)];
}
