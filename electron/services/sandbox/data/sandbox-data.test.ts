// The seeded generator, the generated data, and feeds that grow with the clock.
import { describe, expect, it } from 'vitest';
import { createLiveFeed } from './live-feed';
import { createPrng, prngFor, seedFor } from './prng';
import { auditIntervalMs, createSandboxData } from './sandbox-data';

const start = Date.UTC(2025, 0, 1);

describe('prng', () => {
  it('repeats for one seed and differs between seeds', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('seeds item N the same way every time, and differently from item N+1', () => {
    expect(seedFor('volume', 7)).toBe(seedFor('volume', 7));
    expect(seedFor('volume', 7)).not.toBe(seedFor('volume', 8));
    expect(prngFor('x', 1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps int() within its bounds', () => {
    const rng = createPrng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(rng.int(3, 5));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });
});

describe('createSandboxData', () => {
  const data = createSandboxData(start);

  it('has enough of everything for paging to matter', () => {
    expect(data.storageSystems).toHaveLength(12);
    expect(data.volumes).toHaveLength(350);
    expect(data.servers).toHaveLength(40);
    expect(data.catalogs).toHaveLength(8);
    expect(data.dsccAuditEvents.itemsAt(start)).toHaveLength(250);
    expect(data.platformAuditLogs.itemsAt(start)).toHaveLength(300);
  });

  it('gives every item a unique id', () => {
    for (const items of [data.storageSystems, data.volumes, data.servers, data.catalogs, data.dsccAuditEvents.itemsAt(start), data.platformAuditLogs.itemsAt(start)]) {
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    }
  });

  it('builds COM server ids as productId+serialNumber', () => {
    for (const server of data.servers) {
      const hardware = server.hardware as { productId: string; serialNumber: string };
      expect(server.id).toBe(`${hardware.productId}+${hardware.serialNumber}`);
    }
  });

  it('puts every volume on an existing storage system', () => {
    const systems = new Set(data.storageSystems.map((system) => system.id));
    for (const volume of data.volumes) expect(systems.has(volume.systemId as string)).toBe(true);
    expect(new Set(data.volumes.map((volume) => volume.systemId)).size).toBeGreaterThan(6);
  });

  it('is identical when built twice', () => {
    const again = createSandboxData(start);
    expect(again.volumes).toEqual(data.volumes);
    expect(again.servers).toEqual(data.servers);
    expect(again.platformAuditLogs.itemsAt(start + 10 * auditIntervalMs)).toEqual(data.platformAuditLogs.itemsAt(start + 10 * auditIntervalMs));
  });
});

describe('createLiveFeed', () => {
  const feed = createLiveFeed({
    label: 'test',
    historyCount: 5,
    historySpacingMs: 1000,
    intervalMs: 500,
    startedAtMs: 10_000,
    make: (index, atMs) => ({ index, atMs }),
  });

  it('dates history before the start, in order', () => {
    const items = feed.itemsAt(10_000);
    expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3, 4]);
    const times = items.map((item) => item.atMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThan(10_000);
  });

  it('adds an item each interval after the start, and shows fewer when asked about the past', () => {
    expect(feed.itemsAt(11_499)).toHaveLength(7);
    expect(feed.itemsAt(11_500).at(-1)).toEqual({ index: 7, atMs: 11_500 });
    expect(feed.itemsAt(10_600)).toHaveLength(6);
    expect(feed.itemsAt(0)).toHaveLength(5);
  });

  it('keeps only the newest items when the clock jumps far ahead, building just those', () => {
    let built = 0;
    const small = createLiveFeed({
      label: 'retained',
      historyCount: 3,
      historySpacingMs: 1000,
      intervalMs: 10,
      startedAtMs: 0,
      retain: 4,
      make: (index) => {
        built += 1;
        return index;
      },
    });
    expect(small.itemsAt(0)).toEqual([0, 1, 2]);
    expect(small.itemsAt(20)).toEqual([1, 2, 3, 4]);
    built = 0;
    expect(small.itemsAt(10_000_000)).toEqual([999_999, 1_000_000, 1_000_001, 1_000_002]);
    expect(built).toBe(4);
    expect(small.itemsAt(20)).toEqual([1, 2, 3, 4]);
  });
});
