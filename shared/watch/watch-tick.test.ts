// The engine's promise, checked on simulated event streams: every event that arrives after a watch
// starts is shown exactly once, oldest first — across pages that shift while they are read, events
// sharing a moment at the cursor's boundary, dates cut to the API's precision, and failed polls.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeenSet } from './seen-set';
import { SimulatedApi, type SimApiOptions } from './test-support/simulated-api';
import type { TimeCursor } from './time-cursor';
import { runTick, type EngineState, type WatchPlan } from './watch-tick';

/** One step of a scenario: events arrive, then a poll runs (with events arriving and pages failing while it reads). */
interface Step {
  arrivals: number[];
  during: Array<{ atServe: number; gaps: number[] }>;
  failures: number;
  category: 'A' | 'B';
}

const gap = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1_000, max: 3_000_000 }));
const step: fc.Arbitrary<Step> = fc.record({
  arrivals: fc.array(gap, { maxLength: 6 }),
  during: fc.array(fc.record({ atServe: fc.integer({ min: 0, max: 3 }), gaps: fc.array(gap, { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
  failures: fc.integer({ min: 0, max: 2 }),
  category: fc.constantFrom('A', 'B'),
});

function cursorFor(options: SimApiOptions): TimeCursor {
  return options.style === 'dscc'
    ? { field: 'occurredAt', itemPath: ['occurredAt'], quote: '', format: { fractionDigits: 0, zone: 'Z' }, source: 'known' }
    : { field: 'createdAt', itemPath: ['createdAt'], quote: "'", format: { fractionDigits: 2, zone: 'Z' }, source: 'known' };
}

const idOf = (item: unknown): string => {
  const record = item as Record<string, string>;
  return record.id ?? record.eventId ?? '';
};

async function play(api: SimulatedApi, plan: WatchPlan, initial: number[], steps: Step[]) {
  let clock = Date.UTC(2025, 2, 10, 9) * 1000;
  const arrive = (gaps: number[], category: 'A' | 'B') => {
    for (const g of gaps) api.add((clock += g), category);
  };
  arrive(initial, 'A');
  const seen = createSeenSet(10_000);
  let state: EngineState = {};
  const reported: string[] = [];
  /** Each poll's finds, and whether the API's direction was known then (only then is the order of items sharing a moment knowable). */
  const batches: Array<{ ids: string[]; directionKnown: boolean }> = [];
  const baselineSeen = new Set<string>();
  let baselineServes: [number, number] | undefined;
  const poll = async (s?: Step) => {
    const startedAt = api.servedAt.length;
    api.beforeServe = (served) => {
      for (const d of s?.during ?? []) if (served - startedAt === d.atServe) arrive(d.gaps, s?.category ?? 'A');
    };
    if (s) api.failNextPages(s.failures);
    try {
      const outcome = await runTick({ plan, state, seen, fetchPage: api.fetchPage, limits: { maxPages: 10_000, maxItems: 100_000 } });
      for (const key of outcome.remember) seen.remember(key);
      state = outcome.state;
      reported.push(...outcome.found.map((f) => idOf(f.item)));
      if (outcome.found.length > 0) batches.push({ ids: outcome.found.map((f) => idOf(f.item)), directionKnown: outcome.state.newestFirst !== undefined });
      if (outcome.baseline) {
        outcome.remember.forEach((k) => baselineSeen.add(k.replace(/^id:/, '')));
        baselineServes = [api.servedAt[startedAt] ?? 0, api.servedAt.at(-1) ?? 0];
      }
      return true;
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('simulated')) throw error;
      return false;
    } finally {
      api.failNextPages(0);
    }
  };
  while (!(await poll())); // the baseline, without faults
  for (const s of steps) {
    arrive(s.arrivals, s.category);
    await poll(s);
  }
  await poll(); // a quiet poll at the end picks up whatever the last ones missed
  return { reported, batches, baselineSeen, baselineServes: baselineServes ?? [0, 0] };
}

function checkExact(api: SimulatedApi, result: Awaited<ReturnType<typeof play>>, wanted: (e: { category: string }) => boolean) {
  const { reported, batches, baselineSeen, baselineServes } = result;
  const index = new Map(api.events.map((e, i) => [e.id, i]));
  const at = (id: string) => api.events[index.get(id) ?? -1]?.atMicros ?? NaN;
  // No duplicates; oldest first.
  expect(new Set(reported).size).toBe(reported.length);
  reported.slice(1).forEach((id, i) => expect(at(id)).toBeGreaterThanOrEqual(at(reported[i] as string)));
  // In the order events happened: poll after poll, and within a poll wherever the API's listing order is known.
  batches.slice(1).forEach((batch, i) => {
    const before = Math.max(...(batches[i]?.ids ?? []).map((id) => index.get(id) as number));
    expect(Math.min(...batch.ids.map((id) => index.get(id) as number))).toBeGreaterThan(before);
  });
  for (const batch of batches.filter((b) => b.directionKnown)) {
    const positions = batch.ids.map((id) => index.get(id) as number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }
  for (const id of reported) {
    const i = index.get(id) as number;
    // Nothing that existed when the watch began, and nothing the first poll had already seen.
    expect(i).toBeGreaterThanOrEqual(baselineServes[0]);
    expect(baselineSeen.has(id)).toBe(false);
    expect(wanted(api.events[i] as { category: string })).toBe(true);
  }
  // No gaps: every matching event after the first poll began was shown, or seen by that first poll.
  const shown = new Set(reported);
  api.events.forEach((event, i) => {
    if (!wanted(event) || i < baselineServes[0]) return;
    if (i >= baselineServes[1]) expect(shown.has(event.id), `event ${event.id} (#${i}) was never shown`).toBe(true);
    else expect(shown.has(event.id) || baselineSeen.has(event.id)).toBe(true);
  });
}

const apiOptions = fc.record({
  style: fc.constantFrom('greenlake' as const, 'dscc' as const),
  order: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
  paging: fc.constantFrom('offset' as const, 'next' as const),
  pageSize: fc.integer({ min: 1, max: 6 }),
  withIds: fc.boolean(),
});

describe('watch engine on simulated event streams', () => {
  it('time cursor: every event exactly once, oldest first, whatever the paging, order, precision and faults', async () => {
    await fc.assert(
      fc.asyncProperty(apiOptions, fc.boolean(), fc.array(gap, { maxLength: 25 }), fc.array(step, { minLength: 1, maxLength: 8 }), async (options, filtered, initial, steps) => {
        const api = new SimulatedApi(options);
        const filter = filtered ? `&filter=${encodeURIComponent("category eq 'A'")}` : '';
        const plan: WatchPlan = { method: 'GET', url: `https://api.example/audit?limit=${options.pageSize}${filter}`, candidates: [cursorFor(options)], dateFields: [] };
        const result = await play(api, plan, initial, steps);
        checkExact(api, result, (e) => !filtered || e.category === 'A');
      }),
      { numRuns: 300 },
    );
  });

  it('next cursor without a time filter: walks from the newest until a seen item, exactly once each', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.array(gap, { maxLength: 25 }), fc.array(step, { minLength: 1, maxLength: 8 }), async (pageSize, withIds, initial, steps) => {
        const api = new SimulatedApi({ style: 'greenlake', order: 'newest-first', paging: 'next', pageSize, withIds });
        const plan: WatchPlan = { method: 'GET', url: `https://api.example/feed?limit=${pageSize}`, candidates: [], dateFields: [] };
        const result = await play(api, plan, initial, steps);
        checkExact(api, result, () => true);
      }),
      { numRuns: 200 },
    );
  });

  it('a plain list: reads it whole and shows each new item once, ordered by the date the spec declares', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.constantFrom('newest-first' as const, 'oldest-first' as const), fc.array(gap, { maxLength: 25 }), fc.array(step, { minLength: 1, maxLength: 8 }), async (pageSize, order, initial, steps) => {
        const api = new SimulatedApi({ style: 'dscc', order, paging: 'offset', pageSize, withIds: true });
        const plan: WatchPlan = { method: 'GET', url: `https://api.example/things?limit=${pageSize}`, candidates: [], dateFields: ['occurredAt'] };
        const result = await play(api, plan, initial, steps);
        checkExact(api, result, () => true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('watch engine, by example', () => {
  const greenlake: SimApiOptions = { style: 'greenlake', order: 'newest-first', paging: 'offset', pageSize: 2, withIds: true };
  const plan: WatchPlan = { method: 'GET', url: 'https://api.example/audit-log/v1/logs?limit=2', candidates: [cursorFor(greenlake)], dateFields: [] };
  const t0 = Date.UTC(2025, 2, 10, 9) * 1000;

  it('asks createdAt ge the newest moment seen, cut to the API’s precision, and drops what it saw at that boundary', async () => {
    const api = new SimulatedApi(greenlake);
    for (const offset of [0, 5_123_456, 5_123_456, 5_123_456]) api.add(t0 + offset);
    const seen = createSeenSet();
    const first = await runTick({ plan, state: {}, seen, fetchPage: api.fetchPage });
    expect(first.baseline).toBe(true);
    expect(first.found).toEqual([]);
    // Three events share the newest moment over two pages of two: the first poll reads both pages.
    expect(first.pages).toBe(2);
    expect(first.state).toMatchObject({ mode: { kind: 'time' }, newest: '2025-03-10T09:00:05.123456000Z', newestFirst: true });
    first.remember.forEach((k) => seen.remember(k));
    api.add(t0 + 5_123_456);
    api.add(t0 + 9_000_000);
    const second = await runTick({ plan, state: first.state, seen, fetchPage: api.fetchPage });
    expect(second.clause).toBe("createdAt ge '2025-03-10T09:00:05.12Z'");
    expect(second.firstUrl).toBe("https://api.example/audit-log/v1/logs?limit=2&filter=createdAt%20ge%20'2025-03-10T09%3A00%3A05.12Z'");
    expect(second.found.map((f) => idOf(f.item))).toEqual(['ev-4', 'ev-5']);
    expect(second.state.newest).toBe('2025-03-10T09:00:09.000000000Z');
  });

  it('keeps nothing of a poll that failed half-way, so the next poll asks from the same place', async () => {
    const api = new SimulatedApi(greenlake);
    api.add(t0);
    const seen = createSeenSet();
    const first = await runTick({ plan, state: {}, seen, fetchPage: api.fetchPage });
    first.remember.forEach((k) => seen.remember(k));
    for (let i = 1; i <= 5; i += 1) api.add(t0 + i * 1_000_000);
    api.beforeServe = (served) => {
      if (served === 2) api.failNextPages(1);
    };
    await expect(runTick({ plan, state: first.state, seen, fetchPage: api.fetchPage })).rejects.toThrow(/simulated/);
    expect(seen.size).toBe(1);
    api.beforeServe = () => undefined;
    const retried = await runTick({ plan, state: first.state, seen, fetchPage: api.fetchPage });
    expect(retried.found.map((f) => idOf(f.item))).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4', 'ev-5']);
  });

  it('treats a non-list answer, or a HEAD, as one item that is new whenever it changes', async () => {
    let body: unknown = { id: 'sys-1', state: 'OK' };
    const fetchPage = async (url: string) => ({ url, body });
    const single: WatchPlan = { method: 'GET', url: 'https://api.example/systems/sys-1', candidates: [], dateFields: [] };
    const seen = createSeenSet();
    const first = await runTick({ plan: single, state: {}, seen, fetchPage });
    expect(first.state.mode).toEqual({ kind: 'single' });
    first.remember.forEach((k) => seen.remember(k));
    expect((await runTick({ plan: single, state: first.state, seen, fetchPage })).found).toEqual([]);
    body = { id: 'sys-1', state: 'DEGRADED' };
    expect((await runTick({ plan: single, state: first.state, seen, fetchPage })).found.map((f) => f.item)).toEqual([body]);
  });

  it('refuses to follow a next page on another server, and stops a list too long to compare', async () => {
    const seen = createSeenSet();
    const elsewhere = async (url: string) => ({ url, body: { items: [{ id: 'a' }], next: 'https://evil.example/page2' } });
    const list: WatchPlan = { method: 'GET', url: 'https://api.example/things', candidates: [], dateFields: [] };
    await expect(runTick({ plan: list, state: { mode: { kind: 'cursor' } }, seen, fetchPage: elsewhere })).rejects.toThrow(/another server/);
    const long = async (url: string) => ({ url, body: { items: Array.from({ length: 30 }, (_, i) => ({ id: `i${i}` })), total: 30 } });
    await expect(runTick({ plan: list, state: {}, seen, fetchPage: long, limits: { seenCap: 20 } })).rejects.toThrow(/More than 20 items/);
  });
});
