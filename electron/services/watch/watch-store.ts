/**
 * Keeps watches in one `watches.json` document through the app's store. A damaged entry is left
 * out, reported in words, and written back untouched (the user loses nothing by it); a document from
 * a newer Shoreline, or one that cannot be read, is neither started nor overwritten.
 */
import { z } from 'zod';
import type { DocumentDefinition, DocumentStore } from '../store/document-store';
import { readRecord, type WatchRecord } from './watch-record';

/** The persisted document: records are checked one by one, so one damaged watch never hides the others. */
const watchesDocument: DocumentDefinition<{ watches: unknown[] }> = {
  file: 'watches.json',
  label: 'your watches',
  schema: z.object({ watches: z.array(z.unknown()).max(10_000) }),
  // Version 1 is the first: watches came after documents had versions.
  migrations: [(v0) => v0],
  defaults: () => ({ watches: [] }),
};

/** The kept watches. */
export interface WatchStore {
  /** The watches kept by an earlier run, and a sentence for each problem met reading them. */
  load(): { records: WatchRecord[]; problems: string[] };
  /** Writes `records` (all the kept watches) at once. */
  save(records: readonly WatchRecord[]): void;
}

/** Opens the `watches` document. */
export function createWatchStore(stores: DocumentStore): WatchStore {
  const document = stores.open(watchesDocument);
  let unreadable: unknown[] = [];
  return {
    load() {
      if (document.readOnlyReason !== undefined) {
        return { records: [], problems: [`Your watches are kept as they are and not started here: ${document.readOnlyReason}`] };
      }
      const records: WatchRecord[] = [];
      unreadable = [];
      for (const raw of document.get().watches) {
        const record = readRecord(raw);
        if (record) records.push(record);
        else unreadable.push(raw);
      }
      const problems = unreadable.length === 0 ? [] : [`${unreadable.length === 1 ? 'One saved watch' : `${unreadable.length} saved watches`} could not be read, so ${unreadable.length === 1 ? 'it was' : 'they were'} not started; the file keeps ${unreadable.length === 1 ? 'it' : 'them'} unchanged. The other watches are fine.`];
      return { records, problems };
    },
    save(records) {
      if (document.readOnlyReason !== undefined) return;
      document.set({ watches: [...records, ...unreadable] });
    },
  };
}
