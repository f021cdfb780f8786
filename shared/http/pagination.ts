/**
 * Recognises the paging envelopes of HPE APIs and works out how to get the next and previous page:
 * DSCC `items/total/pageLimit/pageOffset`, GreenLake/COM/PCBE `items/count/offset/total`, the audit
 * log's `remainingRecords`, and `next`-style cursors (see cursor.ts).
 */
import { readNextCursor, readPreviousCursor, type PageStep } from './cursor';
import { findItems, isRecord } from './items';
import { getQueryParam, resolveLink, setQueryParams } from './query';

export type { PageStep } from './cursor';

/** Which envelope a body uses. */
export type PageKind = 'dscc' | 'offset' | 'audit' | 'cursor';

/** What a page says about its place in the whole list. */
export interface PageInfo {
  kind: PageKind;
  /** Where the items array is in the body (`items` for every HPE API). */
  itemsPath: string;
  /** How many items this page holds. */
  itemCount: number;
  /** Zero-based position of this page's first item, when the API says. */
  offset?: number;
  /** Page size asked for or used. */
  limit?: number;
  /** How many items exist in all, when the API says. */
  total?: number;
  /** 1-based page number and number of pages, when offset, limit and total allow. */
  page?: number;
  pageCount?: number;
  /** True when another page follows. */
  hasMore: boolean;
  /** How to ask for the next page (absent on the last page). */
  next?: PageStep;
  /** How to ask for the previous page (absent on the first). */
  previous?: PageStep;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

function offsetQuery(offset: number, limit: number | undefined): PageStep {
  const query: Record<string, string> = { offset: String(offset) };
  if (limit !== undefined) query.limit = String(limit);
  return { kind: 'query', query };
}

/**
 * Reads the paging facts of a JSON `body` returned for `requestUrl` (used for the `offset`/`limit`
 * the request asked for). Undefined when the body is not a recognised envelope.
 */
export function readPage(body: unknown, requestUrl = ''): PageInfo | undefined {
  if (!isRecord(body)) return undefined;
  const found = findItems(body);
  const items = found?.items ?? [];
  const itemsPath = found?.path ?? 'items';
  const cursor = readNextCursor(body);
  const previousCursor = readPreviousCursor(body);
  const urlOffset = toNumber(getQueryParam(requestUrl, 'offset'));
  const urlLimit = toNumber(getQueryParam(requestUrl, 'limit'));
  const total = toNumber(body.total);
  const isDscc = Object.hasOwn(body, 'pageOffset') || Object.hasOwn(body, 'pageLimit');
  const isOffset = Object.hasOwn(body, 'offset') || Object.hasOwn(body, 'count') || total !== undefined;
  const isAudit = typeof body.remainingRecords === 'boolean';
  if (!isDscc && !isOffset && !isAudit && cursor === undefined) return undefined;

  const kind: PageKind = isDscc ? 'dscc' : isAudit ? 'audit' : isOffset ? 'offset' : 'cursor';
  const offset = isDscc ? (toNumber(body.pageOffset) ?? urlOffset ?? 0) : (toNumber(body.offset) ?? urlOffset);
  const limit = isDscc
    ? (toNumber(body.pageLimit) ?? urlLimit)
    : (urlLimit ?? (kind !== 'cursor' && items.length > 0 ? items.length : undefined));
  const info: PageInfo = { kind, itemsPath, itemCount: items.length, hasMore: false };
  if (offset !== undefined) info.offset = offset;
  if (limit !== undefined) info.limit = limit;
  if (total !== undefined) info.total = total;

  const start = offset ?? 0;
  if (cursor) {
    info.hasMore = true;
    info.next = cursor;
  } else if (kind !== 'cursor' && items.length > 0) {
    if (isAudit) info.hasMore = body.remainingRecords === true;
    else if (total !== undefined) info.hasMore = start + items.length < total;
    else if (cursor === undefined && urlLimit !== undefined) info.hasMore = items.length >= urlLimit;
    if (info.hasMore) info.next = offsetQuery(start + items.length, limit);
  }
  if (previousCursor) info.previous = previousCursor;
  else if (kind !== 'cursor' && start > 0) info.previous = offsetQuery(Math.max(0, start - (limit ?? items.length)), limit);

  if (limit !== undefined && limit > 0) {
    info.page = Math.floor(start / limit) + 1;
    if (total !== undefined) info.pageCount = Math.max(1, Math.ceil(total / limit));
  }
  return info;
}

/** The URL of the page that `step` leads to from `requestUrl`. */
export function applyPageStep(requestUrl: string, step: PageStep): string {
  return step.kind === 'url' ? resolveLink(step.url, requestUrl) : setQueryParams(requestUrl, step.query);
}
