/**
 * A small seeded random-number generator (mulberry32) and the helpers the data generators need,
 * so the Sandbox serves the same data on every start. Math.random is never used.
 */

/** A deterministic source of pseudo-random choices. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `length` lowercase hex digits. */
  hex(length: number): string;
  /** A version-4-shaped UUID. */
  uuid(): string;
  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string;
}

/** A 32-bit seed from a label and an index (FNV-1a, then mixed), so item N is the same on every run. */
export function seedFor(label: string, index = 0): number {
  let hash = 0x811c9dc5;
  for (const ch of `${label}#${index}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Creates a generator from a 32-bit seed. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const chars = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet.charAt(int(0, alphabet.length - 1));
    return out;
  };
  const hex = (length: number): string => chars('0123456789abcdef', length);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p) => next() < p,
    hex,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'.charAt(int(0, 3))}${hex(3)}-${hex(12)}`,
    chars,
  };
}

/** The generator for item `index` of the collection `label`. */
export function prngFor(label: string, index = 0): Prng {
  return createPrng(seedFor(label, index));
}
