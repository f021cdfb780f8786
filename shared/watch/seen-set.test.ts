import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeenSet } from './seen-set';

describe('seen-set', () => {
  it('drops the key remembered longest ago once past its cap', () => {
    const seen = createSeenSet(3, ['a', 'b', 'c']);
    seen.remember('d');
    expect(seen.keys()).toEqual(['b', 'c', 'd']);
    expect(seen.has('a')).toBe(false);
  });

  it('keeps a key remembered again, dropping an older one instead', () => {
    const seen = createSeenSet(3, ['a', 'b', 'c']);
    seen.remember('a');
    seen.remember('d');
    expect(seen.keys()).toEqual(['c', 'a', 'd']);
  });

  it('keeps only the newest keys of a long start list, and refuses a cap under 1', () => {
    expect(createSeenSet(2, ['a', 'b', 'c', 'd']).keys()).toEqual(['c', 'd']);
    expect(() => createSeenSet(0)).toThrow(/at least 1/);
  });

  it('never holds more than its cap, and always holds the newest cap distinct keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (cap, keys) => {
        const seen = createSeenSet(cap);
        for (const key of keys) seen.remember(key);
        const newest: string[] = [];
        for (let i = keys.length - 1; i >= 0 && newest.length < cap; i -= 1) if (!newest.includes(keys[i] as string)) newest.push(keys[i] as string);
        expect(seen.size).toBeLessThanOrEqual(cap);
        expect(seen.keys()).toEqual(newest.reverse());
      }),
    );
  });
});
