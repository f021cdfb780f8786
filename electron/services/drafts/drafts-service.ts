/** Keeps request drafts by key (an operation's `<specId>:<METHOD path>`), newest 500 only, as the request model. */
import type { SavedRequest } from '../../../shared/model/request';
import type { DocumentStore, LogItem } from '../store/document-store';
import { draftsLog, upgradeDraftsJson, type DraftRecord } from './drafts-document';

/** The drafts service's public face. */
export interface DraftsService {
  get(key: string): SavedRequest | null;
  put(key: string, request: SavedRequest): void;
}

/** Creates the drafts service; `max` drafts are kept, the least recently saved go first. */
export function createDraftsService(store: DocumentStore, now: () => number = Date.now, max = 500): DraftsService {
  const log = store.openLog(draftsLog);
  let latest = new Map<string, LogItem<DraftRecord>>();
  let seen = { generation: -1, length: 0 };

  /** The newest item of each key, kept up to date with the log (appends here or in another process). */
  const index = () => {
    const items = log.items();
    if (seen.generation !== log.generation || items.length < seen.length) {
      latest = new Map();
      seen = { generation: log.generation, length: 0 };
    }
    for (let i = seen.length; i < items.length; i += 1) {
      const item = items[i] as LogItem<DraftRecord>;
      latest.delete(item.value.key);
      latest.set(item.value.key, item);
    }
    seen.length = items.length;
    return latest;
  };
  /** The newest `max` drafts, oldest first (the map keeps keys in order of their last save). */
  const kept = () => [...index().values()].slice(-max);
  const tidy = () => {
    if (log.lines > Math.max(2 * index().size, index().size + 100) || index().size > max) {
      const keep = new Set(kept());
      log.compact((items) => items.filter((item) => keep.has(item)));
    }
  };

  if (!log.readOnlyReason) {
    try {
      upgradeDraftsJson(store, (records) => void log.append(records), () => new Date(now()).toISOString().replace(/[:.]/g, '-'));
      tidy();
    } catch {
      // Another process holds the folder: the old file stays, and is moved in at the next start.
    }
  }

  return {
    get(key) {
      log.reload();
      const item = index().get(key);
      if (!item || !kept().includes(item)) return null;
      return item.value.request;
    },
    put(key, request) {
      log.append([{ key, request, savedAt: now() }]);
      tidy();
    },
  };
}
