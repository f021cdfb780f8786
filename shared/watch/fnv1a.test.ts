import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { fnv1a64 } from './fnv1a';
import { contentKey, itemKey } from './item-key';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so accented and astral characters hash as other FNV implementations do', () => {
    // Reference values computed with a BigInt implementation over Buffer.from(text, 'utf8').
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    for (const text of ['é', 'Müller', '日本', '🙂 ok', 'x'.repeat(1000)]) expect(fnv1a64(text)).toBe(reference(text));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => fnv1a64(text) === reference(text)));
  });
});

describe('item keys', () => {
  it('use the id when there is one, a hash of the item otherwise', () => {
    expect(itemKey({ id: 'abc', name: 'x' })).toBe('id:abc');
    expect(itemKey({ id: 42 })).toBe('id:42');
    expect(itemKey({ id: '', name: 'x' })).toMatch(/^h:[0-9a-f]{16}$/);
    expect(itemKey({ name: 'x' })).toMatch(/^h:[0-9a-f]{16}$/);
    expect(itemKey('plain text')).toMatch(/^h:/);
  });

  it('hash the same item the same way whatever the order of its fields', () => {
    expect(itemKey({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(itemKey({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(itemKey({ a: 1 })).not.toBe(itemKey({ a: 2 }));
    expect(canonicalJson({ b: 1, a: [true, null, { z: 1, y: 'q' }], u: undefined })).toBe('{"a":[true,null,{"y":"q","z":1}],"b":1}');
  });

  it('name a whole answer by its content, even when it has an id', () => {
    expect(contentKey({ id: 'a', size: 1 })).not.toBe(contentKey({ id: 'a', size: 2 }));
    expect(contentKey({ id: 'a', size: 1 })).toBe(contentKey({ size: 1, id: 'a' }));
  });
});
