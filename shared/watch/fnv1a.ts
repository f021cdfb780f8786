/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of a string: a small, fast, stable hash for naming items
 * that carry no `id`. Not cryptographic — it only has to tell list items apart — and written with
 * 32-bit halves so it runs anywhere without BigInt or Node's crypto.
 */

const twoTo32 = 4_294_967_296;
/** The 64-bit FNV prime is 2^40 + 0x1b3: multiplying splits into a `* 0x1b3` and a `<< 40` part. */
const primeLow = 0x1b3;

/** Feeds one byte into the hash held as two unsigned 32-bit halves. */
function step(state: { hi: number; lo: number }, byte: number): void {
  const lo = (state.lo ^ byte) >>> 0;
  const product = lo * primeLow;
  const carry = Math.floor(product / twoTo32);
  state.lo = product % twoTo32;
  state.hi = (state.hi * primeLow + carry + ((lo * 256) % twoTo32)) % twoTo32;
}

/** Feeds the UTF-8 encoding of one code point. */
function feedCodePoint(state: { hi: number; lo: number }, cp: number): void {
  if (cp < 0x80) step(state, cp);
  else if (cp < 0x800) {
    step(state, 0xc0 | (cp >> 6));
    step(state, 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    step(state, 0xe0 | (cp >> 12));
    step(state, 0x80 | ((cp >> 6) & 0x3f));
    step(state, 0x80 | (cp & 0x3f));
  } else {
    step(state, 0xf0 | (cp >> 18));
    step(state, 0x80 | ((cp >> 12) & 0x3f));
    step(state, 0x80 | ((cp >> 6) & 0x3f));
    step(state, 0x80 | (cp & 0x3f));
  }
}

/** The FNV-1a 64-bit hash of `text`'s UTF-8 bytes, as 16 lowercase hex digits. A lone surrogate counts as U+FFFD. */
export function fnv1a64(text: string): string {
  const state = { hi: 0xcbf29ce4, lo: 0x84222325 };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    feedCodePoint(state, cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp);
  }
  return state.hi.toString(16).padStart(8, '0') + state.lo.toString(16).padStart(8, '0');
}
