/** The `sort` helper: fields with asc/desc written as `id asc,name desc`, and the rules the spec states in words. */
import { backtickListAfter, bulletsAfter, parameterTexts } from './description-hints';
import type { ParameterInfo } from './types';

/** A sort direction. */
export type SortDirection = 'asc' | 'desc';

/** One sort key. */
export interface SortKey {
  field: string;
  direction: SortDirection;
}

/** What a `sort` parameter's description says about itself. */
export interface SortInfo {
  /** True when only one field may be given ("Currently only support sorting by 1 property"). */
  singleField: boolean;
  /** The only fields the description allows, when it lists them. */
  allowedFields?: string[];
  /** The default, when the spec declares one. */
  defaultValue?: string;
  /** An example value from the spec. */
  example?: string;
}

const singleRules = [
  /only\s+(support(s|ed)?\s+)?(sorting\s+)?(by\s+)?(1|one|a\s+single)\s+(property|field|attribute|key)/i,
  /takes\s+a\s+single\s+(property|field|attribute)/i,
  /by\s+a\s+single\s+(property|field|attribute)/i,
  /only\s+one\s+(property|field|attribute|sort)/i,
];

/** Reads a `sort` parameter's description: single-field rule, allowed fields, default. */
export function sortInfo(param: Pick<ParameterInfo, 'description' | 'example' | 'examples' | 'default'>): SortInfo {
  const { description, examples } = parameterTexts(param);
  const singleField = singleRules.some((r) => r.test(description));
  const allowedFields =
    bulletsAfter(description, /(sort(ing)? is supported on|sortable (properties|fields)|can be sorted by)/i) ??
    backtickListAfter(description, /supported properties are\s*/i) ??
    /valid only for `([^`]+)`/i.exec(description)?.slice(1, 2);
  const defaultValue = typeof param.default === 'string' ? param.default : undefined;
  const example = examples.find((e) => /^[\w./-]+( (asc|desc))?(,\s*[\w./-]+( (asc|desc))?)*$/i.test(e.trim()));
  return {
    singleField,
    ...(allowedFields ? { allowedFields } : {}),
    ...(defaultValue ? { defaultValue } : {}),
    ...(example ? { example } : {}),
  };
}

/** Writes sort keys as `id asc,name desc`; with `singleField`, only the first key is kept. */
export function buildSort(keys: readonly SortKey[], options: { singleField?: boolean } = {}): string {
  const usable = keys.filter((k) => k.field.trim() !== '');
  const chosen = options.singleField ? usable.slice(0, 1) : usable;
  return chosen.map((k) => `${k.field.trim()} ${k.direction}`).join(',');
}

/** Reads `id asc,name desc` (or `name`) back into keys; a missing direction means ascending. */
export function parseSort(text: string): SortKey[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [field = '', dir] = part.split(/\s+/);
      return { field, direction: dir?.toLowerCase() === 'desc' ? 'desc' : 'asc' };
    });
}
