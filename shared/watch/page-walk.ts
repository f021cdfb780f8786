/**
 * Follows a list's pages with the API's own envelope (offset/limit, `remainingRecords`, `next`
 * cursors — shared/http/pagination reads them all) until the end, or until the caller has seen
 * enough. The token never follows a link to another server, and a page that points back to one
 * already read ends the walk instead of looping.
 */
import { findItems } from '../http/items';
import { applyPageStep, readPage } from '../http/pagination';
import { originOf } from '../http/query';
import { WatchProblem } from './watch-problem';

/** One page as fetched: the URL actually sent (variables replaced) and its parsed JSON body. */
export interface FetchedPage {
  url: string;
  body: unknown;
}

/** Fetches one page by URL (the first one may still hold `{{variables}}`). Throws when the request failed. */
export type PageFetcher = (url: string) => Promise<FetchedPage>;

/** How far a walk may go. */
export interface WalkLimits {
  maxPages: number;
  maxItems: number;
}

/** What a walk read. */
export interface Walk {
  pages: FetchedPage[];
  /** Every item of every page, in the order the API listed them. */
  items: unknown[];
}

/** The items of a page body (a bare array, or the envelope's list), or none. */
export function pageItems(body: unknown): unknown[] {
  return findItems(body)?.items ?? [];
}

/**
 * Walks from `firstUrl`. After each page `more(pageItems)` may end the walk early; otherwise it goes
 * on while the envelope says more follow. Throws {@link WatchProblem} past the limits.
 */
export async function walkPages(firstUrl: string, fetchPage: PageFetcher, limits: WalkLimits, more: (items: unknown[]) => boolean = () => true): Promise<Walk> {
  const pages: FetchedPage[] = [];
  const items: unknown[] = [];
  const visited = new Set<string>();
  let url = firstUrl;
  for (;;) {
    const page = await fetchPage(url);
    pages.push(page);
    visited.add(page.url);
    const found = pageItems(page.body);
    items.push(...found);
    if (items.length > limits.maxItems) {
      throw new WatchProblem('too_many', `More than ${limits.maxItems.toLocaleString('en')} items came back in one check, more than a watch can compare exactly. Narrow the request with a filter.`);
    }
    const info = readPage(page.body, page.url);
    if (!info?.hasMore || !info.next || found.length === 0 || !more(found)) return { pages, items };
    const next = applyPageStep(page.url, info.next);
    if (originOf(next) !== originOf(pages[0]?.url ?? page.url)) {
      throw new WatchProblem('other_origin', `The next page is on another server (${originOf(next) ?? next}), so Shoreline did not send your token there.`);
    }
    if (visited.has(next)) return { pages, items };
    if (pages.length >= limits.maxPages) {
      throw new WatchProblem('too_many', `This list kept going past ${limits.maxPages} pages in one check. Narrow the request with a filter or ask for bigger pages (limit).`);
    }
    url = next;
  }
}
