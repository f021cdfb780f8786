/**
 * The request history: every exchange recorded with its secrets removed, searchable, re-openable,
 * and kept in `history.jsonl` — an append-only log, so a request costs one appended line however long
 * the history is (written just after the answer, several at once in a burst). The newest 10,000
 * entries (64 MB) are kept; the file is compacted now and then.
 */
import { randomUUID } from 'node:crypto';
import type { HistoryEntry, HistorySummary } from '../../../shared/contract/history';
import { ShorelineError } from '../../../shared/errors';
import type { DocumentStore, LogItem } from '../store/document-store';
import { historyLog, type KeptEntry } from './history-document';
import type { HistoryRecorder } from './history-draft';
import { redactDraft } from './history-redact';

/** What the history service needs. */
export interface HistoryServiceDeps {
  /** The user-data folder's store. */
  store: DocumentStore;
  now?: () => Date;
  /** Most entries kept (10,000). */
  cap?: number;
  /** Most bytes kept across entries (64 MB); the oldest go first. */
  maxBytes?: number;
  /** Most bytes of each request or response body kept (256 KB). */
  maxBodyBytes?: number;
  /** Announces changes to the renderer. */
  emit?: (name: 'history.changed', payload: { reason: 'added' | 'deleted' | 'cleared'; id?: string }) => void;
}

/** The history service's public face. */
export interface HistoryService extends HistoryRecorder {
  /** Newest first, filtered by every word of `query` (method, URL, status, environment, operation). */
  list(query?: string, limit?: number): { entries: HistorySummary[]; total: number };
  /** One entry; `not_found` when it is gone. */
  get(id: string): HistoryEntry;
  delete(id: string): void;
  clear(): void;
  /** Writes what was recorded but not yet written; resolves when it is on disk. */
  flush(): Promise<void>;
  /** Problems met reading or writing the file, worded for the user. */
  readonly problems: string[];
  /** The history file. */
  readonly path: string;
}

/** Creates the history service over the store's `history.jsonl`. */
export function createHistoryService(deps: HistoryServiceDeps): HistoryService {
  const now = deps.now ?? (() => new Date());
  const cap = deps.cap ?? 10_000;
  const maxBytes = deps.maxBytes ?? 64 * 1024 * 1024;
  const maxBodyBytes = deps.maxBodyBytes ?? 256 * 1024;
  const slack = Math.max(10, Math.floor(cap / 5));
  const log = deps.store.openLog(historyLog);
  const failures: string[] = [];

  /** The entries shown: the newest `cap`, within `maxBytes` (at least one). */
  let cache: { key: string; items: readonly LogItem<KeptEntry>[] } | undefined;
  const visible = (): readonly LogItem<KeptEntry>[] => {
    const all = log.items();
    const key = `${log.generation}:${all.length}`;
    if (cache?.key === key) return cache.items;
    let bytes = 0;
    let from = all.length;
    while (from > 0 && all.length - from < cap) {
      const next = bytes + (all[from - 1] as LogItem<KeptEntry>).length;
      if (next > maxBytes && from < all.length) break;
      bytes = next;
      from -= 1;
    }
    cache = { key, items: all.slice(from) };
    return cache.items;
  };
  const tidy = () => {
    if (log.readOnlyReason) return;
    if (log.lines > visible().length && (log.lines + 1 > cap + slack || log.size > maxBytes + maxBytes / 5)) {
      const keep = new Set(visible());
      log.compact((items) => items.filter((item) => keep.has(item)));
    }
  };
  // Compact now if a previous run left more than is kept.
  try {
    if (log.lines > visible().length) {
      const keep = new Set(visible());
      if (!log.readOnlyReason) log.compact((items) => items.filter((item) => keep.has(item)));
    }
  } catch {
    // Another process holds the folder: the next write tidies up.
  }

  // Entries are written a moment after they are recorded, several in one append when requests come
  // in bursts, so a send never waits for the disk. Anything that reads the history writes them first.
  let pending: HistoryEntry[] = [];
  let scheduled = false;
  const fail = (error: unknown) => {
    const message = `Shoreline could not save the request history (${error instanceof ShorelineError ? error.message : 'an unexpected error'}).`;
    if (!failures.includes(message)) failures.push(message);
  };
  const writePending = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      log.append(batch);
      tidy();
    } catch (error) {
      fail(error);
    }
  };

  const find = (id: string): LogItem<KeptEntry> => {
    writePending();
    log.reload();
    const found = visible().find((item) => item.value.summary.id === id);
    if (!found) throw new ShorelineError('not_found', 'This history entry no longer exists.');
    return found;
  };

  return {
    get path() {
      return log.path;
    },
    get problems() {
      return [...(log.problem ? [log.problem] : []), ...failures];
    },
    record(draft, secrets) {
      if (log.readOnlyReason) {
        fail(new ShorelineError('store_unavailable', log.readOnlyReason));
        return undefined;
      }
      const entry = redactDraft(draft, randomUUID(), now().toISOString(), secrets, maxBodyBytes);
      pending.push(entry);
      if (!scheduled) {
        scheduled = true;
        setImmediate(writePending);
      }
      deps.emit?.('history.changed', { reason: 'added', id: entry.id });
      return entry.id;
    },
    list(query, limit = 100) {
      writePending();
      log.reload();
      const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const matching = visible()
        .filter((item) => words.every((word) => item.value.haystack.includes(word)))
        .reverse();
      return { entries: matching.slice(0, limit).map((item) => item.value.summary), total: matching.length };
    },
    get(id) {
      const entry = log.read(find(id));
      if (!entry) throw new ShorelineError('not_found', 'This history entry could not be read back from disk.');
      return entry;
    },
    delete(id) {
      const gone = find(id);
      const keep = new Set(visible());
      log.compact((items) => items.filter((item) => item !== gone && keep.has(item)));
      deps.emit?.('history.changed', { reason: 'deleted', id });
    },
    clear() {
      pending = [];
      log.compact(() => []);
      deps.emit?.('history.changed', { reason: 'cleared' });
    },
    flush: async () => writePending(),
  };
}
