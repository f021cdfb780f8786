/**
 * Runs one list request over a collection: checks the query parameters, then filter, sort, page
 * and select, in that order. Each family's envelope is built by its route from the {@link Page}.
 */
import type { FieldCatalogue } from './field-catalogue';
import type { Separator } from './field-path';
import { compileFilter } from './filter-compiler';
import { parseLimit, parseOffset, type LimitRule } from './paging';
import { QueryError } from './query-error';
import { compileSelect } from './select';
import { compileSort } from './sort';

/** What one endpoint accepts, as its spec documents it. */
export interface CollectionRules {
  separator: Separator;
  /** The query parameters the endpoint accepts; any other is refused with a 400. */
  parameters: readonly string[];
  limit?: LimitRule;
  filter?: { allowedFields?: readonly string[]; aliases?: Readonly<Record<string, string>> };
  sort?: { maxFields?: number; defaultDirection: 'asc' | 'desc'; allowedFields?: readonly string[] };
  select?: { allowedFields?: readonly string[]; alwaysInclude?: readonly string[] };
  /** Free-text search (`all=` on the audit log v1). */
  search?: (item: unknown, text: string) => boolean;
}

/** One page of results, before the family's envelope is put around it. */
export interface Page {
  items: unknown[];
  /** How many items matched, across all pages. */
  total: number;
  offset: number;
  limit: number;
}

/**
 * The request's parameters as a map; throws for a parameter the endpoint does not accept or one
 * given twice. An empty value counts as absent (Postman sends `limit=` for a ticked, empty row).
 */
export function readParameters(query: URLSearchParams, accepted: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const name of new Set(query.keys())) {
    if (!accepted.includes(name)) {
      const list = accepted.length > 0 ? `This endpoint accepts: ${accepted.join(', ')}.` : 'This endpoint accepts none.';
      throw new QueryError(name, `Unsupported query parameter '${name}'. ${list}`);
    }
    const given = query.getAll(name);
    if (given.length > 1) throw new QueryError(name, `Query parameter '${name}' was given ${given.length} times; give it once.`);
    const value = given[0] ?? '';
    if (value.trim() !== '') values.set(name, value);
  }
  return values;
}

/** Runs a list request over `items` (given in the endpoint's default order). */
export function queryCollection(
  items: readonly unknown[],
  catalogue: FieldCatalogue,
  rules: CollectionRules,
  query: URLSearchParams,
): Page {
  const params = readParameters(query, rules.parameters);
  const fields = { separator: rules.separator, catalogue };
  const limitRule = rules.limit ?? { default: items.length, min: 0, max: Number.MAX_SAFE_INTEGER };
  const limit = parseLimit(params.get('limit'), limitRule);
  const offset = parseOffset(params.get('offset'));
  const filterText = params.get('filter');
  const predicate = filterText === undefined ? undefined : compileFilter(filterText, { ...fields, ...rules.filter });
  const sortText = params.get('sort');
  const comparator = sortText === undefined || !rules.sort ? undefined : compileSort(sortText, { ...fields, ...rules.sort });
  const selectText = params.get('select');
  const projection = selectText === undefined ? undefined : compileSelect(selectText, { ...fields, ...rules.select });
  const searchText = params.get('all');

  let matched = predicate ? items.filter(predicate) : [...items];
  if (searchText !== undefined && rules.search) matched = matched.filter((item) => rules.search?.(item, searchText));
  if (comparator) matched.sort(comparator);
  const pageItems = matched.slice(offset, offset + limit);
  return { items: projection ? pageItems.map(projection) : pageItems, total: matched.length, offset, limit };
}

/**
 * Reads an item endpoint's parameters (`select` only) before the item is looked up, so a bad
 * parameter is a 400 even for an unknown id; returns the projection to apply to the item.
 */
export function itemProjection(
  catalogue: FieldCatalogue,
  rules: Pick<CollectionRules, 'separator' | 'select'>,
  query: URLSearchParams,
): (item: unknown) => unknown {
  const selectText = readParameters(query, ['select']).get('select');
  if (selectText === undefined) return (item) => item;
  return compileSelect(selectText, { separator: rules.separator, catalogue, ...rules.select });
}
