/**
 * Keeps watches in one `watches` document through the app's store opener. A damaged entry is left
 * out, reported in words, and written back untouched (the user loses nothing by it); a document from
 * a newer Shoreline is neither started nor overwritten.
 */
import type { StoreOpener } from '../store/json-store';
import { readRecord, watchesVersion, type WatchesDocument, type WatchRecord } from './watch-record';

/** The kept watches. */
export interface WatchStore {
  /** The watches kept by an earlier run, and a sentence for each problem met reading them. */
  load(): { records: WatchRecord[]; problems: string[] };
  /** Writes `records` (all the kept watches) at once. */
  save(records: readonly WatchRecord[]): void;
}

/** Opens the `watches` document. */
export function createWatchStore(stores: StoreOpener): WatchStore {
  const store = stores.open<WatchesDocument>('watches', { version: watchesVersion, watches: [] });
  let unreadable: unknown[] = [];
  let frozen = false;
  return {
    load() {
      const document = store.get();
      if (typeof document.version === 'number' && document.version > watchesVersion) {
        frozen = true;
        return { records: [], problems: [`The watches were saved by a newer version of Shoreline, so they are kept as they are and not started here.`] };
      }
      const records: WatchRecord[] = [];
      unreadable = [];
      for (const raw of Array.isArray(document.watches) ? document.watches : []) {
        const record = readRecord(raw);
        if (record) records.push(record);
        else unreadable.push(raw);
      }
      const problems = unreadable.length === 0 ? [] : [`${unreadable.length === 1 ? 'One saved watch' : `${unreadable.length} saved watches`} could not be read, so ${unreadable.length === 1 ? 'it was' : 'they were'} not started; the file keeps ${unreadable.length === 1 ? 'it' : 'them'} unchanged. The other watches are fine.`];
      return { records, problems };
    },
    save(records) {
      if (frozen) return;
      store.set({ version: watchesVersion, watches: [...records, ...unreadable] });
    },
  };
}
