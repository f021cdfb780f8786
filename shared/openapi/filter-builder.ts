/**
 * The `filter` helper: clauses `field op value` joined with and/or, written the way the spec's own
 * examples write them (GreenLake and COM quote strings with `'…'`, most DSCC examples leave them
 * bare), ISO-8601 UTC date-times, and the "last hour / 24 h / 7 days" presets.
 */
import { bulletsAfter, parameterTexts } from './description-hints';
import type { ParameterInfo } from './types';

/** A comparison the helper can write. */
export type FilterOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'in' | 'contains';

/** Every operator, in the order a picker shows them. */
export const filterOperators: readonly FilterOperator[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'contains'];

/** How a value is written: strings and date-times are quoted, the rest are bare. */
export type FilterValueType = 'string' | 'number' | 'boolean' | 'null' | 'date-time';

/** One clause: `field op value`, `contains(field,value)` or `field in (a,b)`, optionally negated with `not`. */
export interface FilterClause {
  field: string;
  op: FilterOperator;
  /** The value as typed; a list for `in`. */
  value: string | string[];
  /** How to write the value; guessed from the text when absent. */
  type?: FilterValueType;
  not?: boolean;
}

/** Clauses joined by one connective. */
export interface FilterExpression {
  join: 'and' | 'or';
  clauses: FilterClause[];
}

/** The quote a spec puts around string values: `'`, `"`, or none. */
export type FilterQuote = "'" | '"' | '';

/** What a `filter` parameter's description and examples say. */
export interface FilterInfo {
  quote: FilterQuote;
  /** The example text that decided the quote, when one did. */
  evidence?: string;
  /** The fields the description lists as filterable, when it lists them. */
  fields?: string[];
  /** The operators the description names, when it names them. */
  operators?: FilterOperator[];
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const quotedRule = /\b(?:eq|ne|gt|ge|lt|le)\s+(['"])|\bin\s*\(\s*(['"])|contains\(\s*[\w/.]+\s*,\s*(['"])/g;
const bareRule = /\b(?:eq|ne|gt|ge|lt|le)\s+([A-Za-z_][^\s'"()]*)/;

/** Reads how the spec quotes string values, which fields it filters on, and which operators it names. */
export function filterInfo(param: Pick<ParameterInfo, 'description' | 'example' | 'examples'>): FilterInfo {
  const { description, examples } = parameterTexts(param);
  const texts = [...examples, description].map(decoded);
  let single = 0;
  let double = 0;
  let evidence: string | undefined;
  for (const text of texts) {
    for (const m of text.matchAll(quotedRule)) {
      const q = m[1] ?? m[2] ?? m[3];
      if (q === "'") single++;
      else double++;
      evidence ??= text.trim().split('\n')[0];
    }
  }
  let quote: FilterQuote = "'";
  if (single + double > 0) quote = double > single ? '"' : "'";
  else {
    const bare = examples.map(decoded).find((e) => {
      const v = bareRule.exec(e)?.[1];
      return v !== undefined && !/^(true|false|null)$/i.test(v);
    });
    if (bare) {
      quote = '';
      evidence = bare;
    }
  }
  const fields = bulletsAfter(description, /(can be filtered by|filters? (are|is) supported on|filtering is supported on|filter(able)? (properties|fields))/i);
  const named = filterOperators.filter((op) => new RegExp(`[“"'\`|,\\s]${op}[”"'\`,|\\s]`).test(` ${description} `) || (op === 'contains' && /contains\(/.test(texts.join(' '))));
  const operators = /operations|comparisons|operators/i.test(description) && named.length > 0 ? named : undefined;
  return { quote, ...(evidence ? { evidence } : {}), ...(fields ? { fields } : {}), ...(operators ? { operators } : {}) };
}

/** Turns a date (or text a date picker produced) into ISO-8601 UTC with `Z`: `2023-07-24T04:21:22.000Z`. */
export function isoDateTime(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(value)}" is not a date.`);
  return date.toISOString();
}

/** The date-time presets. */
export type FilterPreset = 'lastHour' | 'last24h' | 'last7d';

const presetMs: Record<FilterPreset, number> = { lastHour: 3_600_000, last24h: 86_400_000, last7d: 7 * 86_400_000 };

/** A `field ge <now - preset>` clause. */
export function presetClause(field: string, preset: FilterPreset, now: Date): FilterClause {
  return { field, op: 'ge', value: isoDateTime(now.getTime() - presetMs[preset]), type: 'date-time' };
}

const isoLike = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Guesses how to write `value` when the clause does not say. */
export function guessValueType(value: string): FilterValueType {
  if (value === 'null') return 'null';
  if (value === 'true' || value === 'false') return 'boolean';
  if (/^-?\d+(\.\d+)?$/.test(value)) return 'number';
  if (isoLike.test(value)) return 'date-time';
  return 'string';
}

/** Writes one value the way the spec does. A bare value that would break the expression is quoted anyway. */
export function formatFilterValue(value: string, type: FilterValueType, quote: FilterQuote): string {
  if (type === 'number' || type === 'boolean' || type === 'null') return value;
  const q = quote === '' && /^[^\s'"(),]+$/.test(value) ? '' : quote || "'";
  if (q === '') return value;
  const escaped = q === "'" ? value.replace(/'/g, "''") : value.replace(/"/g, '\\"');
  return `${q}${escaped}${q}`;
}

/** Writes one clause. */
export function buildClause(clause: FilterClause, quote: FilterQuote): string {
  const values = Array.isArray(clause.value) ? clause.value : [clause.value];
  const fmt = (v: string) => formatFilterValue(v, clause.type ?? guessValueType(v), quote);
  let text: string;
  if (clause.op === 'contains') text = `contains(${clause.field},${fmt(values[0] ?? '')})`;
  else if (clause.op === 'in') text = `${clause.field} in (${values.map(fmt).join(',')})`;
  else text = `${clause.field} ${clause.op} ${fmt(values[0] ?? '')}`;
  return clause.not ? `not ${text}` : text;
}

/** Writes a whole expression: `name eq 'x' and createdAt ge '2023-07-24T04:21:22.000Z'`. Empty fields are skipped. */
export function buildFilter(expression: FilterExpression, quote: FilterQuote = "'"): string {
  return expression.clauses
    .filter((c) => c.field.trim() !== '')
    .map((c) => buildClause(c, quote))
    .join(` ${expression.join} `);
}
