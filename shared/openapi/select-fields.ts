/**
 * The `select` helper: which fields an item of the response has (nested with `.` for DSCC, `/` for
 * COM and GreenLake), how the spec says to separate them, and the parameter value to send.
 */
import { backtickListAfter, bulletsAfter, parameterTexts } from './description-hints';
import { propertiesOf, typeOf, follow } from './schema-shape';
import type { JsonSchema, ParameterInfo } from './types';

/** The separator of nested field names. */
export type FieldSeparator = '.' | '/';

/** One field that can be selected. */
export interface SelectField {
  /** The name to send: `id`, `state.health` (DSCC), `state/health` (COM). */
  path: string;
  /** How deep it is: 0 for a top-level field. */
  depth: number;
  type?: string;
  description?: string;
  /** True when the field holds a list. */
  isArray: boolean;
  /** True when the field has fields of its own (listed after it). */
  hasChildren: boolean;
}

/** Options of {@link selectFields}. */
export interface SelectFieldOptions {
  /** How many levels of nesting to list; default 3. 0 lists top-level fields only. */
  maxDepth?: number;
  /** Stop after this many fields; default 2,000. */
  maxFields?: number;
}

/**
 * The fields of `itemSchema` (made by `successItemSchema`), parents before children, nested
 * names joined with `separator`. Recursive schemas stop where they come back to themselves.
 */
export function selectFields(itemSchema: JsonSchema, separator: FieldSeparator, options: SelectFieldOptions = {}): SelectField[] {
  const maxDepth = options.maxDepth ?? 3;
  const maxFields = options.maxFields ?? 2000;
  const out: SelectField[] = [];
  const walk = (schema: unknown, prefix: string, depth: number, trail: Set<unknown>) => {
    for (const [name, prop] of propertiesOf(itemSchema, schema)) {
      if (out.length >= maxFields) return;
      const type = typeOf(itemSchema, prop);
      const isArray = type === 'array';
      const inner = isArray ? follow(itemSchema, prop.items) : prop;
      const children = inner && depth < maxDepth && !trail.has(inner) ? propertiesOf(itemSchema, inner) : new Map();
      const description = typeof prop.description === 'string' ? prop.description : undefined;
      const itemType = isArray && inner ? typeOf(itemSchema, inner) : undefined;
      out.push({
        path: prefix + name,
        depth,
        ...(type ? { type: itemType ? `${itemType}[]` : type } : {}),
        ...(description ? { description } : {}),
        isArray,
        hasChildren: children.size > 0,
      });
      if (children.size > 0 && inner) walk(inner, `${prefix}${name}${separator}`, depth + 1, new Set([...trail, inner]));
    }
  };
  walk(itemSchema, '', 0, new Set([itemSchema]));
  return out;
}

/** What a `select` parameter's description says about itself. */
export interface SelectInfo {
  separator: FieldSeparator;
  /** False when the description says nested properties cannot be selected. */
  nested: boolean;
  /** The only fields the description allows, when it lists them. */
  allowedFields?: string[];
  /** The words that decided the separator (for a tooltip), when any did. */
  evidence?: string;
}

const slashRules = [
  /nested (properties|fields)[^.]*?\buse\s*[`'"]?\/[`'"]?/i,
  /separated by\s*[`'"]?\/(?![\w])/i,
  /use\s*[`'"]?\/[`'"]?\s*(as (a|the) )?(separator|to denote)/i,
];
const dotRules = [/separated by\s*[`'"]?\.[`'"]?\s*(if|for|when)\b/i, /use\s*[`'"]?\.[`'"]?\s*(as (a|the) )?(separator|to denote)/i, /nested (properties|fields)[^.]*?\buse\s*[`'"]\.[`'"]/i];

/**
 * Reads how the spec separates nested field names in `select`: DSCC says "separated by . if
 * nested", COM says "Nested properties use `/` as a separator", GreenLake examples write
 * `interfaces/network/hostname`. Without any hint, `fallback` wins (`/`, the OData way).
 */
export function selectInfo(param: Pick<ParameterInfo, 'description' | 'example' | 'examples'>, fallback: FieldSeparator = '/'): SelectInfo {
  const { description, examples } = parameterTexts(param);
  const nested = !/(selecting|select) (of )?(nested|elements|sub-?properties)[^.]*not supported/i.test(description);
  const allowedFields = bulletsAfter(description, /supported select (parameters|properties|fields)|following (properties|fields)/i) ??
    backtickListAfter(description, /\bonly (the )?(?=`)/i);
  const withAllowed = (info: SelectInfo): SelectInfo => (allowedFields ? { ...info, allowedFields } : info);
  for (const rule of slashRules) {
    const m = rule.exec(description);
    if (m) return withAllowed({ separator: '/', nested, evidence: m[0] });
  }
  for (const rule of dotRules) {
    const m = rule.exec(description);
    if (m) return withAllowed({ separator: '.', nested, evidence: m[0] });
  }
  const sample = [...examples, ...(description.match(/select=[^\s'"]+/g) ?? [])].find((e) => /[A-Za-z]\/[A-Za-z]/.test(e) || /[A-Za-z]\.[A-Za-z]/.test(e));
  if (sample) return withAllowed({ separator: /[A-Za-z]\/[A-Za-z]/.test(sample) ? '/' : '.', nested, evidence: sample });
  return withAllowed({ separator: fallback, nested });
}

/**
 * The value to put in `select` for `fields`: `id,name`. A parameter declared as an array gets one
 * element holding the comma-separated list, as HPE's own examples write it (`["id,type"]`).
 */
export function selectValue(fields: readonly string[], param?: Pick<ParameterInfo, 'isArray'>): string | string[] {
  const joined = fields.join(',');
  return param?.isArray ? [joined] : joined;
}

/** The fields listed in a `select` value (`id, name` or `["id,name"]`). */
export function parseSelectValue(value: string | readonly string[]): string[] {
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return text
    .replace(/^select=/, '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}
