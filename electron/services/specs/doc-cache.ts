/**
 * Keeps the parsed documents of the few specs used last, so opening operations one after another
 * does not re-read a 3 MB JSON each time, while many imported specs do not all sit in memory.
 */

/** A small most-recently-used cache of parsed documents by spec id. */
export interface DocCache {
  get(id: string, load: () => Promise<unknown>): Promise<unknown>;
  set(id: string, doc: unknown): void;
  delete(id: string): void;
}

/** Creates a cache holding at most `size` documents. */
export function createDocCache(size = 3): DocCache {
  const entries = new Map<string, Promise<unknown>>();
  const touch = (id: string, value: Promise<unknown>) => {
    entries.delete(id);
    entries.set(id, value);
    while (entries.size > size) entries.delete(entries.keys().next().value as string);
  };
  return {
    get(id, load) {
      const hit = entries.get(id);
      if (hit) {
        touch(id, hit);
        return hit;
      }
      const loading = load();
      touch(id, loading);
      loading.catch(() => entries.get(id) === loading && entries.delete(id));
      return loading;
    },
    set: (id, doc) => touch(id, Promise.resolve(doc)),
    delete: (id) => void entries.delete(id),
  };
}
