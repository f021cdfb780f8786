/**
 * The request history: every exchange recorded with its secrets removed, searchable, re-openable,
 * capped (500 entries, 64 MB) and kept in `history.jsonl` in the user-data folder.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { HistoryEntry, HistorySummary } from '../../../shared/contract/history';
import { ShorelineError } from '../../../shared/errors';
import type { HistoryRecorder } from './history-draft';
import { openHistoryFile } from './history-file';
import { redactDraft } from './history-redact';

/** What the history service needs. */
export interface HistoryServiceDeps {
  /** The folder `history.jsonl` lives in. */
  userDataDir: string;
  now?: () => Date;
  /** Most entries kept (500). */
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
  /** Resolves when everything is on disk. */
  flush(): Promise<void>;
  /** Problems met reading or writing the file, worded for the user. */
  readonly problems: string[];
  /** The history file. */
  readonly path: string;
}

function summarize(entry: HistoryEntry): HistorySummary {
  const keys = ['id', 'time', 'method', 'url', 'status', 'durationMs', 'size', 'environmentId', 'environmentName', 'connectionId', 'operationId', 'errorCode', 'kind'] as const;
  const summary: Record<string, unknown> = {};
  for (const key of keys) if (entry[key] !== undefined) summary[key] = entry[key];
  return summary as unknown as HistorySummary;
}

function haystack(entry: HistoryEntry): string {
  return [entry.method, entry.url, entry.status, entry.statusText, entry.environmentName, entry.operationId, entry.errorCode]
    .filter((part) => part !== undefined)
    .join(' ')
    .toLowerCase();
}

/** Creates the history service and loads what a previous run saved. */
export function createHistoryService(deps: HistoryServiceDeps): HistoryService {
  const now = deps.now ?? (() => new Date());
  const cap = deps.cap ?? 500;
  const maxBytes = deps.maxBytes ?? 64 * 1024 * 1024;
  const maxBodyBytes = deps.maxBodyBytes ?? 256 * 1024;
  const file = openHistoryFile(join(deps.userDataDir, 'history.jsonl'), now);
  const loaded = file.load();
  const problems: string[] = loaded.problem ? [loaded.problem] : [];
  const entries: Array<{ entry: HistoryEntry; bytes: number }> = loaded.entries.map((entry) => ({ entry, bytes: JSON.stringify(entry).length }));
  let fileLines = loaded.lines;
  let bytes = entries.reduce((sum, e) => sum + e.bytes, 0);

  const trim = () => {
    let dropped = false;
    while (entries.length > cap || (bytes > maxBytes && entries.length > 1)) {
      bytes -= entries.shift()?.bytes ?? 0;
      dropped = true;
    }
    return dropped;
  };
  const rewrite = () => {
    file.rewrite(entries.map((e) => e.entry));
    fileLines = entries.length;
  };
  // Compact now if a previous run left more lines than are kept, or damaged ones.
  if (trim() || fileLines > entries.length) rewrite();

  return {
    path: file.path,
    get problems() {
      return [...problems, ...file.problems];
    },
    record(draft, secrets) {
      const entry = redactDraft(draft, randomUUID(), now().toISOString(), secrets, maxBodyBytes);
      const size = JSON.stringify(entry).length;
      entries.push({ entry, bytes: size });
      bytes += size;
      trim();
      if (fileLines + 1 > cap + Math.max(10, Math.floor(cap / 5))) rewrite();
      else {
        file.append(entry);
        fileLines += 1;
      }
      deps.emit?.('history.changed', { reason: 'added', id: entry.id });
      return entry.id;
    },
    list(query, limit = 100) {
      const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const matching = entries
        .map((e) => e.entry)
        .filter((entry) => words.every((word) => haystack(entry).includes(word)))
        .reverse();
      return { entries: matching.slice(0, limit).map(summarize), total: matching.length };
    },
    get(id) {
      const found = entries.find((e) => e.entry.id === id);
      if (!found) throw new ShorelineError('not_found', 'This history entry no longer exists.');
      return found.entry;
    },
    delete(id) {
      const index = entries.findIndex((e) => e.entry.id === id);
      if (index < 0) throw new ShorelineError('not_found', 'This history entry no longer exists.');
      bytes -= entries[index]?.bytes ?? 0;
      entries.splice(index, 1);
      rewrite();
      deps.emit?.('history.changed', { reason: 'deleted', id });
    },
    clear() {
      entries.length = 0;
      bytes = 0;
      rewrite();
      deps.emit?.('history.changed', { reason: 'cleared' });
    },
    flush: () => file.flush(),
  };
}
