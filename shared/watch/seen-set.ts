/**
 * The keys a watch has already shown, bounded so a day of watching cannot grow memory: past the cap
 * the key remembered longest ago goes first. Remembering a key again makes it the newest, so items
 * still present in a list (or sitting at the time boundary) are never the ones dropped.
 */

/** A bounded, insertion-ordered set of item keys. */
export interface SeenSet {
  /** True when `key` was remembered and not yet dropped. */
  has(key: string): boolean;
  /** Remembers `key` as the newest, dropping the oldest keys beyond the cap. */
  remember(key: string): void;
  /** How many keys are held. */
  readonly size: number;
  /** The most keys held. */
  readonly cap: number;
  /** Every key, oldest first (what is persisted). */
  keys(): string[];
}

/** The default cap: enough for a list of ten thousand items, about half a megabyte of keys. */
export const defaultSeenCap = 10_000;

/** Creates a seen-set holding at most `cap` keys, starting with `initial` (oldest first; only the newest `cap` are kept). */
export function createSeenSet(cap: number = defaultSeenCap, initial: Iterable<string> = []): SeenSet {
  if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`A seen-set needs a cap of at least 1, not ${cap}.`);
  const held = new Set<string>();
  const remember = (key: string) => {
    if (held.has(key)) held.delete(key);
    held.add(key);
    while (held.size > cap) {
      const oldest = held.values().next();
      if (oldest.done) break;
      held.delete(oldest.value);
    }
  };
  for (const key of initial) remember(key);
  return {
    has: (key) => held.has(key),
    remember,
    get size() {
      return held.size;
    },
    cap,
    keys: () => [...held],
  };
}
