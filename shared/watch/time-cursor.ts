/**
 * Where a list filters by time, and how it spells it. A watch asks such a list only for what is new
 * (`createdAt ge '<newest seen>'`), so it reads the field, the quoting and the date format from the
 * request's own filter, then from the spec's filter parameter (its examples first, then its prose),
 * then from what HPE documents for its audit lists — the request winning, since it is what the user
 * saw work.
 */
import { propertiesOf, successItemSchema } from '../openapi/schema-shape';
import { parameterTexts } from '../openapi/description-hints';
import type { OperationDetail } from '../openapi/types';
import { getQueryParam, splitUrl } from '../http/query';
import { dateFormatOf, type DateFormat } from './instant';

/** How a list is asked for items since a moment. */
export interface TimeCursor {
  /** The field as the filter names it: `createdAt`, `occurredAt`. */
  field: string;
  /** Where an item carries that moment (`workspace/createdAt` → `['workspace', 'createdAt']`). */
  itemPath: string[];
  /** How the filter quotes a date-time: GreenLake `'…'`, DSCC bare. */
  quote: "'" | '"' | '';
  format: DateFormat;
  /** Where this was learned: the request's filter, the spec, or HPE's documentation of a known path. */
  source: 'request' | 'spec' | 'known';
}

/** A lower bound on a date-time found in a filter text. */
interface TimeClause {
  field: string;
  quote: TimeCursor['quote'];
  format: DateFormat;
}

const clausePattern = /([A-Za-z_][\w./]*)\s+(?:ge|gt)\s+(?:'([^']*)'|"([^"]*)"|(\d{4}-[^\s)'",]*))/gi;

/** Every `field ge|gt <date-time>` in `text`, in order. */
export function timeClauses(text: string): TimeClause[] {
  const out: TimeClause[] = [];
  for (const match of text.matchAll(clausePattern)) {
    const [, field, single, double, bare] = match;
    const value = single ?? double ?? bare ?? '';
    const format = dateFormatOf(value);
    if (!field || !format) continue;
    out.push({ field, quote: single !== undefined ? "'" : double !== undefined ? '"' : '', format });
  }
  return out;
}

/** Splits a filter field name into a path (`/` for GreenLake and COM, `.` for DSCC). */
export function fieldPath(field: string): string[] {
  return field.split(/[/.]/).filter((part) => part !== '');
}

function toCursor(clause: TimeClause, source: TimeCursor['source']): TimeCursor {
  return { field: clause.field, itemPath: fieldPath(clause.field), quote: clause.quote, format: clause.format, source };
}

/** The time cursor the request's own `filter` shows (`createdAt ge '2023-07-24T04:21:22.00Z'`), if any. */
export function cursorFromRequest(url: string): TimeCursor | undefined {
  const filter = getQueryParam(url, 'filter');
  const clause = filter ? timeClauses(filter)[0] : undefined;
  return clause && toCursor(clause, 'request');
}

/** The date-time fields of an operation's list items (`format: date-time`), top level first. */
export function itemDateFields(operation: Pick<OperationDetail, 'responses'>): string[] {
  const item = successItemSchema(operation);
  if (!item?.isList) return [];
  const out: string[] = [];
  for (const [name, prop] of propertiesOf(item.schema, item.schema)) {
    if (prop.format === 'date-time') out.push(name);
  }
  return out;
}

/**
 * The time cursor an operation's spec documents: a `field ge|gt <date-time>` in the `filter`
 * parameter's examples or description, preferring a field the items declare as a date-time.
 */
export function cursorFromOperation(operation: Pick<OperationDetail, 'parameters' | 'responses'>): TimeCursor | undefined {
  const filter = operation.parameters.find((p) => p.in === 'query' && p.name === 'filter');
  if (!filter) return undefined;
  const { description, examples } = parameterTexts(filter);
  const clauses = [...examples, description].flatMap(timeClauses);
  const dates = new Set(itemDateFields(operation));
  const best = clauses.find((c) => dates.has(c.field)) ?? clauses[0];
  return best && toCursor(best, 'spec');
}

/**
 * HPE's audit lists, as their documentation writes the filter: the platform audit log
 * (`createdAt ge '2023-07-24T04:21:22.00Z'`, seed 003; v2beta1 `'2025-01-16T07:54:55.0Z'`) and DSCC
 * audit events (`occurredAt gt 2020-09-08T16:51:33Z`, bare).
 */
const knownLists: ReadonlyArray<{ path: RegExp; clause: TimeClause }> = [
  { path: /\/audit-log\/v1\/logs\/?$/, clause: { field: 'createdAt', quote: "'", format: { fractionDigits: 2, zone: 'Z' } } },
  { path: /\/audit-log\/v2beta1\/logs\/?$/, clause: { field: 'createdAt', quote: "'", format: { fractionDigits: 1, zone: 'Z' } } },
  { path: /\/api\/v1\/audit-events\/?$/, clause: { field: 'occurredAt', quote: '', format: { fractionDigits: 0, zone: 'Z' } } },
];

/** The documented time cursor of a known HPE list at `url`, if it is one. */
export function knownCursor(url: string): TimeCursor | undefined {
  const path = splitUrl(url).base;
  const known = knownLists.find((k) => k.path.test(path));
  return known && toCursor(known.clause, 'known');
}

/**
 * Every time cursor worth trying for a request, best first: its own filter, its spec, the known
 * lists. A later one that names the same field only fills in what the earlier could not say.
 */
export function cursorCandidates(url: string, operation?: Pick<OperationDetail, 'parameters' | 'responses'>): TimeCursor[] {
  const found = [cursorFromRequest(url), operation && cursorFromOperation(operation), knownCursor(url)].filter((c): c is TimeCursor => c !== undefined);
  const out: TimeCursor[] = [];
  for (const cursor of found) if (!out.some((c) => c.field === cursor.field)) out.push(cursor);
  return out;
}
