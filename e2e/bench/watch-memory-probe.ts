/**
 * Run as `node --expose-gc --import tsx e2e/bench/watch-memory-probe.ts [polls] [perPoll]`: one watch of
 * an audit log that brings `perPoll` new entries (two to a moment) at every poll, driven by manual time
 * for `polls` polls, through the real watch service and engine. Prints one JSON line: the heap in
 * use (after a full GC) before the watch, at checkpoints and at the end, and what the watch kept.
 */
import { createFakeWatchHttp } from '../../electron/services/watch/test-support/fake-watch-http';
import { createManualTime } from '../../electron/services/watch/test-support/manual-time';
import { createWatchService } from '../../electron/services/watch/watch-service';
import { createDocumentStore, type DocumentStore } from '../../electron/services/store/document-store';
import type { StoreFileSystem } from '../../electron/services/store/file-system';

const polls = Number(process.argv[2] ?? 10_000);
const perPoll = Number(process.argv[3] ?? 10);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc.');

function heap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** The real document store over an in-memory file system: each document is the text a file would hold (only the latest one). */
function memoryStores(): DocumentStore & { bytes(): number } {
  const files = new Map<string, Buffer>();
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const read = (path: string) => {
    const data = files.get(path);
    if (!data) throw missing(path);
    return data;
  };
  const fs: StoreFileSystem = {
    readBytes: read,
    readAsync: async (path) => read(path),
    readRange: (path, offset, length) => read(path).subarray(offset, offset + length),
    stat: (path) => {
      const data = files.get(path);
      return data && { size: data.length, mtimeMs: 0, ino: 1, mode: 0o600 };
    },
    writeAtomic: (path, data) => void files.set(path, Buffer.from(data)),
    writeAtomicAsync: async (path, data) => void files.set(path, Buffer.from(data)),
    append: (path, data) => void files.set(path, Buffer.concat([files.get(path) ?? Buffer.alloc(0), Buffer.from(data)])),
    createExclusive: (path, data) => (files.has(path) ? false : (files.set(path, Buffer.from(data)), true)),
    rename: (from, to) => {
      files.set(to, read(from));
      files.delete(from);
    },
    copy: (from, to) => void files.set(to, read(from)),
    remove: (path) => void files.delete(path),
    removeAsync: async (path) => void files.delete(path),
    mkdirp: () => undefined,
    list: (folder) => [...files.keys()].filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1)),
    chmod: () => undefined,
  };
  const store = createDocumentStore({ folder: '/memory', by: 'the watch benchmark', fs });
  return Object.assign(store, { bytes: () => [...files.entries()].filter(([name]) => name.endsWith('.json')).reduce((sum, [, data]) => sum + data.length, 0) });
}

const start = Date.UTC(2025, 2, 10, 9);
/** The newest entries of the simulated audit log (older ones can no longer match the cursor). */
const window: Array<Record<string, unknown>> = [];
let made = 0;
function arrive(count: number): void {
  for (let i = 0; i < count; i += 1) {
    const n = made++;
    const at = new Date(start + Math.floor(n / 2) * 1000).toISOString().replace('Z', '000Z');
    const hex = n.toString(16).padStart(32, '0');
    window.push({
      id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      type: '/audit-log/logs',
      application: { id: '00000000-0000-0000-0000-000000000000' },
      region: 'global',
      user: { username: `user${n % 7}@example.com` },
      category: 'User Management',
      description: `User user${n % 7}@example.com logged in via ping mode.`,
      workspace: { id: '3009de2825f211ec8a84fedebcb4a754', workspaceName: 'Example workspace' },
      createdAt: at,
      updatedAt: at,
      generation: 1,
      additionalInfo: { ipAddress: `10.0.${n % 250}.${n % 200}` },
      hasDetails: false,
    });
  }
  if (window.length > 4 * perPoll) window.splice(0, window.length - 4 * perPoll);
}

const http = createFakeWatchHttp((url) => {
  const since = /createdAt%20ge%20'([^']+)'/.exec(url)?.[1];
  const bound = since ? Date.parse(decodeURIComponent(since)) : -Infinity;
  const items = window.filter((item) => Date.parse(item.createdAt as string) >= bound).reverse();
  return { body: { items, count: items.length, offset: 0, total: items.length, remainingRecords: false } };
});

async function main(): Promise<void> {
  const before = heap();
  const time = createManualTime(start);
  const stores = memoryStores();
  let shown = 0;
  const watch = createWatchService({
    stores,
    http,
    clock: time.clock,
    timers: time.timers,
    heartbeatMs: 3_600_000,
    emit: (name, payload) => {
      if (name === 'watch.newItems') shown += (payload as { items: unknown[] }).items.length;
    },
  });
  arrive(perPoll);
  const { id } = await watch.start({ request: { environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit=2000', headers: [] }, intervalSeconds: 5, notify: true });
  await time.advance(0);
  const checkpoints: Record<string, number> = {};
  const started = performance.now();
  for (let poll = 1; poll <= polls; poll += 1) {
    arrive(perPoll);
    await time.advance(5_000);
    // The stand-in server's own log of requests is not the watch's memory.
    http.sent.length = 0;
    if (poll === 1_000 || poll === Math.floor(polls / 2) || poll === polls) checkpoints[poll] = heap() - before;
  }
  const elapsedMs = performance.now() - started;
  const info = watch.get(id);
  const result = {
    polls,
    distinct: polls * perPoll,
    shown,
    found: info.found,
    phase: info.phase,
    growthBytes: heap() - before,
    checkpoints,
    storeBytes: stores.bytes(),
    keptItems: watch.items(id, 1000).items.length,
    msPerPoll: elapsedMs / polls,
  };
  await watch.dispose();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
