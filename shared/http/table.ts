/**
 * The table view of a JSON response: find its items, flatten each into one row (`system.name`
 * columns for nested objects), choose a sensible first set of columns, and sort.
 */
import { findItems, isRecord } from './items';

/** One flattened item: column name → value (nested objects become `a.b` keys; arrays stay arrays). */
export type Row = Record<string, unknown>;

/** All columns seen and the ones shown before the user picks. */
export interface TableColumns {
  all: string[];
  defaults: string[];
}

/** A table ready for display. */
export interface Table {
  rows: Row[];
  columns: TableColumns;
  /** Where the items were found in the body (`items`). */
  itemsPath: string;
}

/** A sort order. */
export type SortDirection = 'asc' | 'desc';

const priorityColumns = ['id', 'name', 'displayName', 'serialNumber', 'model', 'state', 'status', 'health', 'region', 'description', 'createdAt', 'updatedAt'];

/** Flattens nested objects into dotted keys up to `maxDepth` levels; deeper objects and arrays stay as values. */
export function flattenItem(item: unknown, options: { separator?: string; maxDepth?: number } = {}): Row {
  const separator = options.separator ?? '.';
  const maxDepth = options.maxDepth ?? 4;
  if (!isRecord(item)) return { value: item };
  const row: Row = {};
  const visit = (value: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [key, inner] of Object.entries(value)) {
      const name = prefix === '' ? key : `${prefix}${separator}${key}`;
      if (isRecord(inner) && depth < maxDepth && Object.keys(inner).length > 0) visit(inner, name, depth + 1);
      else row[name] = inner;
    }
  };
  visit(item, '', 1);
  return row;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isSimple(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

/** Every column in first-seen order (over the first `sample` rows) and up to `maxDefaults` default ones. */
export function computeColumns(rows: readonly Row[], options: { maxDefaults?: number; sample?: number } = {}): TableColumns {
  const maxDefaults = options.maxDefaults ?? 8;
  const sampled = rows.slice(0, options.sample ?? 1000);
  const all: string[] = [];
  const seen = new Set<string>();
  const filled = new Map<string, number>();
  const complex = new Map<string, number>();
  const length = new Map<string, number>();
  for (const row of sampled) {
    for (const [key, value] of Object.entries(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        all.push(key);
      }
      if (isEmpty(value)) continue;
      filled.set(key, (filled.get(key) ?? 0) + 1);
      if (!isSimple(value)) complex.set(key, (complex.get(key) ?? 0) + 1);
      else length.set(key, (length.get(key) ?? 0) + String(value).length);
    }
  }
  const good = (key: string) => {
    const count = filled.get(key) ?? 0;
    if (count === 0 || (complex.get(key) ?? 0) > 0) return false;
    return (length.get(key) ?? 0) / count <= 120;
  };
  const defaults = priorityColumns.filter((key) => seen.has(key) && good(key));
  const minimum = Math.ceil(sampled.length / 2);
  for (const key of all) {
    if (defaults.length >= maxDefaults) break;
    if (!defaults.includes(key) && good(key) && (filled.get(key) ?? 0) >= minimum) defaults.push(key);
  }
  return { all, defaults: defaults.slice(0, maxDefaults).length > 0 ? defaults.slice(0, maxDefaults) : all.slice(0, maxDefaults) };
}

/** The table of a JSON body, or undefined when it holds no list of items. */
export function tableFromBody(body: unknown, options: { separator?: string } = {}): Table | undefined {
  const found = findItems(body);
  if (!found) return undefined;
  const rows = found.items.map((item) => flattenItem(item, options));
  return { rows, columns: computeColumns(rows), itemsPath: found.path };
}

/** A cell as text: empty for null/undefined, JSON for objects and arrays. */
export function formatCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares two cells: numbers by value, booleans false first, text naturally ("vol2" before "vol10"). */
export function compareCells(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number' && typeof b !== 'number') return -1;
  if (typeof b === 'number' && typeof a !== 'number') return 1;
  return collator.compare(formatCell(a), formatCell(b));
}

/** A sorted copy of `rows` by `column` (stable; empty cells always last). */
export function sortRows(rows: readonly Row[], column: string, direction: SortDirection = 'asc'): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row[column];
      const b = y.row[column];
      const emptyA = isEmpty(a);
      const emptyB = isEmpty(b);
      if (emptyA || emptyB) return emptyA === emptyB ? x.index - y.index : emptyA ? 1 : -1;
      return sign * compareCells(a, b) || x.index - y.index;
    })
    .map(({ row }) => row);
}
