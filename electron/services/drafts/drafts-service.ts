/** Keeps request drafts per operation in the `drafts` document, newest 500 only. */
import type { RequestDraft } from '../../../shared/openapi/request-draft';
import type { StoreOpener } from '../store/json-store';

interface DraftsDocument {
  drafts: Record<string, { draft: RequestDraft; savedAt: number }>;
}

/** The drafts service's public face. */
export interface DraftsService {
  get(key: string): RequestDraft | null;
  put(key: string, draft: RequestDraft): void;
}

/** Creates the drafts service; `max` drafts are kept, the least recently saved go first. */
export function createDraftsService(stores: StoreOpener, now: () => number = Date.now, max = 500): DraftsService {
  const store = stores.open<DraftsDocument>('drafts', { drafts: {} });
  return {
    get: (key) => store.get().drafts[key]?.draft ?? null,
    put(key, draft) {
      const drafts = { ...store.get().drafts, [key]: { draft, savedAt: now() } };
      const keys = Object.keys(drafts);
      if (keys.length > max) {
        for (const old of keys.sort((a, b) => drafts[a]!.savedAt - drafts[b]!.savedAt).slice(0, keys.length - max)) delete drafts[old];
      }
      store.set({ drafts });
    },
  };
}
