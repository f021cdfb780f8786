/** The `sort` parameter: `field [asc|desc]`, comma-separated, turned into a comparator. */
import { parseDateTime } from './date-time';
import type { FieldType } from './field-catalogue';
import { valueAt } from './field-path';
import { resolveField, type FieldRules } from './field-resolver';
import { QueryError } from './query-error';

/** What an endpoint allows in `sort`. */
export interface SortRules extends FieldRules {
  /** How many fields may be sorted on at once (DSCC audit events: 1). */
  maxFields?: number;
  /** The direction of a field written without asc/desc. */
  defaultDirection: 'asc' | 'desc';
}

/** Orders two items. */
export type Comparator = (a: unknown, b: unknown) => number;

interface SortKey {
  segments: string[];
  type: FieldType;
  sign: 1 | -1;
}

function sortable(value: unknown, type: FieldType): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (type === 'datetime' && typeof value === 'string') return parseDateTime(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

/** Nulls first, then values in their natural order (numbers and instants numerically, text by code unit). */
function compareValues(a: unknown, b: unknown, type: FieldType): number {
  const left = sortable(a, type);
  const right = sortable(b, type);
  if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? -1 : 1;
  if (typeof left !== typeof right) return typeof left < typeof right ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Compiles `text`; throws a {@link QueryError} for an unknown field, a bad direction or too many fields. */
export function compileSort(text: string, rules: SortRules): Comparator {
  const entries = text.split(',').map((entry) => entry.trim());
  if (rules.maxFields !== undefined && entries.length > rules.maxFields) {
    throw new QueryError(
      'sort',
      `Only ${rules.maxFields} sort propert${rules.maxFields === 1 ? 'y' : 'ies'} per request is supported; got ${entries.length} ('${text}').`,
    );
  }
  const keys: SortKey[] = entries.map((entry, index) => {
    const parts = entry.split(/\s+/).filter((part) => part !== '');
    const [field, direction, extra] = parts;
    if (field === undefined) throw new QueryError('sort', `Sort expression ${index + 1} is empty in '${text}'.`);
    if (extra !== undefined) throw new QueryError('sort', `Unexpected '${extra}' in sort expression '${entry}'; write 'field asc' or 'field desc'.`);
    const dir = (direction ?? rules.defaultDirection).toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') {
      throw new QueryError('sort', `Unknown sort direction '${direction}' for '${field}'; use asc or desc.`);
    }
    const { segments, info } = resolveField(field, 'sort', rules);
    if (info.insideArray || info.type === 'object' || info.type === 'array') {
      throw new QueryError('sort', `Cannot sort by '${field}': it does not hold a single value per item.`);
    }
    return { segments, type: info.type, sign: dir === 'asc' ? 1 : -1 };
  });
  return (a, b) => {
    for (const key of keys) {
      const result = compareValues(valueAt(a, key.segments), valueAt(b, key.segments), key.type) * key.sign;
      if (result !== 0) return result;
    }
    return 0;
  };
}
