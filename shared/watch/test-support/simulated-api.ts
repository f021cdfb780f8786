/**
 * A list API simulated in memory for the watch engine's property tests: events that keep arriving
 * (never dated before the newest one, often sharing a moment), served newest or oldest first, paged
 * by offset or by `next` cursor, filtered by `<field> ge <date-time>` and `category eq '…'` the way
 * GreenLake and DSCC answer. Its own date reading is independent of the engine's.
 */
import { getQueryParam } from '../../http/query';
import type { FetchedPage } from '../page-walk';

/** One event, in arrival order. */
export interface SimEvent {
  id: string;
  /** Microseconds since the epoch. */
  atMicros: number;
  category: 'A' | 'B';
}

/** How the simulated API behaves. */
export interface SimApiOptions {
  /** `greenlake`: `createdAt` with microseconds; `dscc`: `occurredAt` in whole seconds. */
  style: 'greenlake' | 'dscc';
  order: 'newest-first' | 'oldest-first';
  paging: 'offset' | 'next';
  pageSize: number;
  /** When false, items carry `eventId` instead of `id` (the engine must hash them). */
  withIds: boolean;
}

/** Spells a moment as the simulated API writes it in its items. */
export function spell(style: SimApiOptions['style'], atMicros: number): string {
  const ms = Math.floor(atMicros / 1000);
  const iso = new Date(ms).toISOString();
  if (style === 'dscc') return iso.replace(/\.\d{3}Z$/, 'Z');
  return iso.replace(/Z$/, `${String(atMicros % 1000).padStart(3, '0')}Z`);
}

/** Reads a filter's date-time into microseconds (UTC, `Z` only — what the engine writes). */
function micros(text: string): number {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(text);
  if (!m) throw new Error(`simulated API: bad date-time ${text}`);
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0').slice(0, 6));
}

/** A simulated list API. */
export class SimulatedApi {
  readonly events: SimEvent[] = [];
  /** How many events existed when each page was served. */
  readonly servedAt: number[] = [];
  /** Called before each page is answered (with the number of pages served so far), to let events arrive mid-poll. */
  beforeServe: (served: number) => void = () => undefined;
  private failNext = 0;

  constructor(readonly options: SimApiOptions) {}

  get field(): string {
    return this.options.style === 'dscc' ? 'occurredAt' : 'createdAt';
  }

  /** Adds an event dated `atMicros` (never before the newest one). */
  add(atMicros: number, category: SimEvent['category'] = 'A'): SimEvent {
    const last = this.events.at(-1);
    // DSCC spells whole seconds, so two of its events in one second share a moment, as they would.
    const moment = this.options.style === 'dscc' ? Math.floor(atMicros / 1_000_000) * 1_000_000 : atMicros;
    const event = { id: `ev-${this.events.length}`, atMicros: Math.max(moment, last?.atMicros ?? 0), category };
    this.events.push(event);
    return event;
  }

  /** Makes the next `count` page requests fail (as a dropped connection would). */
  failNextPages(count: number): void {
    this.failNext = count;
  }

  private item(event: SimEvent): Record<string, unknown> {
    const idField = this.options.withIds ? 'id' : 'eventId';
    return { [idField]: event.id, [this.field]: spell(this.options.style, event.atMicros), category: event.category, message: `event ${event.id}` };
  }

  private matching(filter: string | null): SimEvent[] {
    const bounds = [...(filter ?? '').matchAll(new RegExp(`${this.field} ge '?([^' )]+)'?`, 'g'))].map((m) => micros(m[1] as string));
    const category = /category eq '([AB])'/.exec(filter ?? '')?.[1];
    const all = this.events.filter((e) => bounds.every((b) => e.atMicros >= b) && (category === undefined || e.category === category));
    return this.options.order === 'newest-first' ? [...all].reverse() : all;
  }

  /** Answers one page request. */
  fetchPage = async (url: string): Promise<FetchedPage> => {
    this.beforeServe(this.servedAt.length);
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('simulated: connection dropped');
    }
    this.servedAt.push(this.events.length);
    const param = (name: string) => getQueryParam(url, name) ?? null;
    const matching = this.matching(param('filter'));
    const limit = Number(param('limit') ?? this.options.pageSize);
    if (this.options.paging === 'next') {
      const after = param('next');
      const start = after === null ? 0 : matching.findIndex((e) => e.id === after) + 1;
      const page = matching.slice(start, start + limit);
      const more = start + limit < matching.length;
      return { url, body: { items: page.map((e) => this.item(e)), next: more ? (page.at(-1)?.id ?? null) : null } };
    }
    const offset = Number(param('offset') ?? 0);
    const page = matching.slice(offset, offset + limit);
    const body =
      this.options.style === 'dscc'
        ? { items: page.map((e) => this.item(e)), total: matching.length, pageLimit: limit, pageOffset: offset }
        : { items: page.map((e) => this.item(e)), count: page.length, offset, total: matching.length, remainingRecords: offset + page.length < matching.length };
    return { url, body };
  };
}
