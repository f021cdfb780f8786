/**
 * Builds the requests behind the pagination bar — previous, next, and the first page that
 * "Fetch all" starts from — and words where a page sits in the whole list.
 */
import type { SendRequest } from '../../../shared/contract/http';
import { applyPageStep, type PageInfo, type PageStep } from '../../../shared/http/pagination';
import { originOf, setQueryParams } from '../../../shared/http/query';
import { formatCount } from '../../components/format/quantities';

/** A fresh id for a request, so cancel and progress refer to this one only. */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The request for the page `step` leads to. Query steps edit the URL the user wrote (its
 * `{{variables}}` stay); a relative link is resolved against the URL that was really sent when the
 * written one has no origin of its own (`{{baseUrl}}/…`).
 */
export function pageRequest(request: SendRequest, step: PageStep, sentUrl: string, requestId = newRequestId()): SendRequest {
  let url: string;
  if (step.kind === 'query') url = applyPageStep(request.url, step);
  else url = applyPageStep(originOf(request.url) ? request.url : sentUrl, step);
  return { ...request, requestId, url };
}

/** The request "Fetch all" starts from: the same list from its first item (offset removed). */
export function firstPageRequest(request: SendRequest, info: PageInfo | undefined, requestId = newRequestId()): SendRequest {
  const startsLater = info !== undefined && info.kind !== 'cursor' && (info.offset ?? 0) > 0;
  const url = startsLater ? setQueryParams(request.url, { offset: null }) : request.url;
  return { ...request, requestId, url };
}

/** "Page 2 of 30 · items 51–100 of 1,473", as far as the API tells. */
export function pageSummary(info: PageInfo): string {
  const parts: string[] = [];
  if (info.page !== undefined) parts.push(info.pageCount !== undefined ? `Page ${formatCount(info.page)} of ${formatCount(info.pageCount)}` : `Page ${formatCount(info.page)}`);
  if (info.itemCount === 0) {
    parts.push(info.total !== undefined ? `no items here (${formatCount(info.total)} in all)` : 'no items on this page');
  } else {
    const first = (info.offset ?? 0) + 1;
    const last = (info.offset ?? 0) + info.itemCount;
    const range = info.offset !== undefined ? `items ${formatCount(first)}–${formatCount(last)}` : `${formatCount(info.itemCount)} items`;
    parts.push(info.total !== undefined ? `${range} of ${formatCount(info.total)}` : info.hasMore ? `${range} · more available` : range);
  }
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
