/**
 * One poll of a watch, as pure logic over a page-fetching port: ask, page to the end, and tell which
 * items are new, oldest first. A poll is all or nothing — it returns the next state and the keys to
 * remember, and changes nothing itself — so a poll that fails half-way leaves no gap and no partial
 * cursor: the next one simply asks again from the same place.
 *
 * The first poll learns what already exists (nothing is reported) and how to ask for what is new:
 * - `time`: the list filters by a date-time; later polls ask `<field> ge '<newest seen>'` and drop
 *   the items already seen at that boundary;
 * - `cursor`: a `next`-cursor list; later polls walk from the top until a page holds a seen item;
 * - `list`: any other list; later polls read it whole and compare;
 * - `single`: not a list (or a HEAD): the whole answer is the item, new whenever it changes.
 */
import { findItems } from '../http/items';
import { readPage } from '../http/pagination';
import { cursorClause, withCursor } from './cursor-filter';
import { formatInstant, laterOf, readInstant, type Instant } from './instant';
import { instantAt, keyItems, listsNewestFirst, newestOf, oldestFirst, type KeyedItem } from './item-order';
import { contentKey } from './item-key';
import { walkPages, type FetchedPage, type PageFetcher, type WalkLimits } from './page-walk';
import type { SeenSet } from './seen-set';
import { fieldPath, type TimeCursor } from './time-cursor';

/** How a watch asks for what is new (learned by its first poll). */
export type WatchMode =
  | { kind: 'time'; cursor: TimeCursor }
  | { kind: 'cursor'; orderBy?: string[] }
  | { kind: 'list'; orderBy?: string[] }
  | { kind: 'single' };

/** What is watched, worked out before the first poll. */
export interface WatchPlan {
  method: 'GET' | 'HEAD';
  /** The request URL as the user wrote it (`{{variables}}` allowed). */
  url: string;
  /** Time cursors worth trying, best first (see `cursorCandidates`). */
  candidates: TimeCursor[];
  /** Date-time fields the spec declares on the items, to order new items of other lists by. */
  dateFields: string[];
}

/** What a watch carries from poll to poll, besides its seen-set. All plain data, persisted as is. */
export interface EngineState {
  /** Set by the first poll. */
  mode?: WatchMode;
  /** The newest moment seen, in `time` mode. */
  newest?: Instant;
  /** Whether the API lists newest first, once its moments have shown it. */
  newestFirst?: boolean;
}

/** A new item and its key. */
export interface FoundItem {
  key: string;
  item: unknown;
}

/** What one poll found. */
export interface TickResult {
  state: EngineState;
  /** New items, oldest first. */
  found: FoundItem[];
  /** Every key met, oldest first, to remember (new ones and those still present). */
  remember: string[];
  /** True for the first poll, which only learns what exists. */
  baseline: boolean;
  pages: number;
  /** Items read across pages. */
  read: number;
  /** The URL of the first page, as sent. */
  firstUrl: string;
  /** The time clause added to the filter, in `time` mode. */
  clause?: string;
}

/** Limits of one poll. */
export interface TickLimits extends WalkLimits {
  /** The seen-set's cap: a plain list longer than this cannot be compared exactly. */
  seenCap: number;
}

/** The defaults: 500 pages, 20,000 items a poll, lists of up to 10,000 items. */
export const defaultTickLimits: TickLimits = { maxPages: 500, maxItems: 20_000, seenCap: 10_000 };

/** Everything one poll needs. */
export interface TickInput {
  plan: WatchPlan;
  state: EngineState;
  seen: Pick<SeenSet, 'has'>;
  fetchPage: PageFetcher;
  limits?: Partial<TickLimits>;
}

function result(state: EngineState, items: readonly KeyedItem[], seen: Pick<SeenSet, 'has'> | undefined, walk: { pages: FetchedPage[]; read: number }, clause?: string): TickResult {
  const out: TickResult = {
    state,
    found: seen ? items.filter((i) => !seen.has(i.key)).map(({ key, item }) => ({ key, item })) : [],
    remember: items.map((i) => i.key),
    baseline: seen === undefined,
    pages: walk.pages.length,
    read: walk.read,
    firstUrl: walk.pages[0]?.url ?? '',
  };
  if (clause !== undefined) out.clause = clause;
  return out;
}

function learnDirection(state: EngineState, items: readonly KeyedItem[]): EngineState {
  const newestFirst = listsNewestFirst(items);
  return newestFirst === undefined ? state : { ...state, newestFirst };
}

/** Serves `first` for the first call, then fetches: the first poll looks at page one before choosing how to walk. */
function replaying(first: FetchedPage, fetchPage: PageFetcher): PageFetcher {
  let used = false;
  return (url) => {
    if (used) return fetchPage(url);
    used = true;
    return Promise.resolve(first);
  };
}

function chooseCursor(candidates: readonly TimeCursor[], items: readonly unknown[]): TimeCursor | undefined {
  if (items.length === 0) return candidates[0];
  return candidates.find((c) => items.some((item) => instantAt(item, c.itemPath) !== undefined));
}

function chooseOrder(plan: WatchPlan, items: readonly unknown[]): string[] | undefined {
  const paths = [...plan.candidates.map((c) => c.itemPath), ...plan.dateFields.map(fieldPath)];
  if (items.length === 0) return paths[0];
  return paths.find((path) => items.some((item) => instantAt(item, path) !== undefined));
}

/**
 * Whether the first poll of a time-filtered list reads on. Newest first (HPE's audit lists), page
 * one holds the newest moment, which is nearly all a cursor needs: the next poll asks from that
 * moment as the API writes it (cut to its precision), so every item at or after that written moment
 * must be seen now — including those that run over onto the next pages — or it would be reported as
 * new although it was there before the watch began.
 */
function baselineContinues(cursor: TimeCursor): (items: unknown[]) => boolean {
  let newest: Instant | undefined;
  return (items) => {
    const keyed = keyItems(items, cursor.itemPath);
    newest = laterOf(newest, newestOf(keyed));
    if (listsNewestFirst(keyed) !== true || newest === undefined) return true;
    const last = keyed.at(-1)?.at;
    return last !== undefined && last >= boundaryOf(cursor, newest);
  };
}

/** The moment the next poll will actually ask from: `newest` as written in the API's format. */
function boundaryOf(cursor: TimeCursor, newest: Instant): Instant {
  return readInstant(formatInstant(newest, cursor.format)) ?? newest;
}

async function baseline(input: TickInput, limits: TickLimits): Promise<TickResult> {
  const { plan } = input;
  const first = await input.fetchPage(plan.url);
  const listed = plan.method === 'GET' ? findItems(first.body) : undefined;
  if (!listed) return result({ mode: { kind: 'single' } }, [{ key: contentKey(first.body), item: first.body }], undefined, { pages: [first], read: 1 });
  const replay = replaying(first, input.fetchPage);
  const cursor = chooseCursor(plan.candidates, listed.items);
  if (cursor) {
    const walk = await walkPages(plan.url, replay, limits, baselineContinues(cursor));
    const items = keyItems(walk.items, cursor.itemPath);
    const state = learnDirection({ mode: { kind: 'time', cursor } }, items);
    const newest = newestOf(items);
    const ordered = oldestFirst(items, state.newestFirst ?? true);
    return result(newest === undefined ? state : { ...state, newest }, ordered, undefined, { pages: walk.pages, read: walk.items.length });
  }
  const orderBy = chooseOrder(plan, listed.items);
  if (readPage(first.body, first.url)?.kind === 'cursor') {
    const items = keyItems(listed.items, orderBy);
    const state = learnDirection({ mode: orderBy ? { kind: 'cursor', orderBy } : { kind: 'cursor' } }, items);
    return result(state, oldestFirst(items, state.newestFirst ?? true), undefined, { pages: [first], read: listed.items.length });
  }
  const walk = await walkPages(plan.url, replay, { ...limits, maxItems: Math.min(limits.maxItems, limits.seenCap) });
  const items = keyItems(walk.items, orderBy);
  const state = learnDirection({ mode: orderBy ? { kind: 'list', orderBy } : { kind: 'list' } }, items);
  return result(state, orderBy ? oldestFirst(items, state.newestFirst ?? false) : items, undefined, { pages: walk.pages, read: walk.items.length });
}

async function timeTick(input: TickInput, limits: TickLimits, cursor: TimeCursor): Promise<TickResult> {
  const { state } = input;
  const clause = state.newest === undefined ? undefined : cursorClause(cursor, state.newest);
  const url = clause === undefined ? input.plan.url : withCursor(input.plan.url, clause);
  const walk = await walkPages(url, input.fetchPage, limits);
  const items = keyItems(walk.items, cursor.itemPath);
  const next = learnDirection(state, items);
  const newest = laterOf(state.newest, newestOf(items));
  const ordered = oldestFirst(items, next.newestFirst ?? true);
  return result(newest === undefined ? next : { ...next, newest }, ordered, input.seen, { pages: walk.pages, read: walk.items.length }, clause);
}

async function cursorTick(input: TickInput, limits: TickLimits, orderBy: string[] | undefined): Promise<TickResult> {
  const { seen } = input;
  // Newest first: once a page holds an item already seen, everything after it was seen before.
  const walk = await walkPages(input.plan.url, input.fetchPage, limits, (items) => !keyItems(items).some((i) => seen.has(i.key)));
  const items = keyItems(walk.items, orderBy);
  const next = learnDirection(input.state, items);
  return result(next, oldestFirst(items, next.newestFirst ?? true), seen, { pages: walk.pages, read: walk.items.length });
}

async function listTick(input: TickInput, limits: TickLimits, orderBy: string[] | undefined): Promise<TickResult> {
  const walk = await walkPages(input.plan.url, input.fetchPage, { ...limits, maxItems: Math.min(limits.maxItems, limits.seenCap) });
  const items = keyItems(walk.items, orderBy);
  const next = learnDirection(input.state, items);
  return result(next, orderBy ? oldestFirst(items, next.newestFirst ?? false) : items, input.seen, { pages: walk.pages, read: walk.items.length });
}

async function singleTick(input: TickInput): Promise<TickResult> {
  const page = await input.fetchPage(input.plan.url);
  return result(input.state, [{ key: contentKey(page.body), item: page.body }], input.seen, { pages: [page], read: 1 });
}

/** Runs one poll. Throws what the fetcher throws, or a `WatchProblem`; the caller's state is untouched either way. */
export async function runTick(input: TickInput): Promise<TickResult> {
  const limits: TickLimits = { ...defaultTickLimits, ...input.limits };
  const mode = input.state.mode;
  if (!mode) return baseline(input, limits);
  switch (mode.kind) {
    case 'time':
      return timeTick(input, limits, mode.cursor);
    case 'cursor':
      return cursorTick(input, limits, mode.orderBy);
    case 'list':
      return listTick(input, limits, mode.orderBy);
    case 'single':
      return singleTick(input);
  }
}
