import { describe, expect, it } from 'vitest';
import { detectTextEncoding, looksLikeUtf16Text, utf16WithoutBomMessage } from './spec-text-encoding';

const bytes = (...values: number[]) => new Uint8Array(values);
/** What PowerShell 5.1's `Out-File` writes: UTF-16 LE with a byte-order mark. */
const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array) => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1] ?? 0);

describe('detectTextEncoding', () => {
  it('reads the byte-order marks of UTF-8, UTF-16 LE and UTF-16 BE', () => {
    expect(detectTextEncoding(bytes(0xef, 0xbb, 0xbf, 0x7b))).toEqual({ encoding: 'utf-8', bomBytes: 3 });
    expect(detectTextEncoding(utf16le('openapi: 3.0.0'))).toEqual({ encoding: 'utf-16le', bomBytes: 2 });
    expect(detectTextEncoding(swap(utf16le('openapi: 3.0.0')))).toEqual({ encoding: 'utf-16be', bomBytes: 2 });
    expect(detectTextEncoding(bytes(0x7b, 0x7d))).toEqual({ encoding: 'utf-8', bomBytes: 0 });
    expect(detectTextEncoding(bytes())).toEqual({ encoding: 'utf-8', bomBytes: 0 });
  });

  it('recognises UTF-16 without a byte-order mark from its zero bytes, and leaves UTF-8 alone', () => {
    expect(detectTextEncoding(utf16le('{"openapi": "3.0.0"}', false))).toEqual({ encoding: 'utf-16-without-bom', order: 'le' });
    expect(detectTextEncoding(swap(utf16le('openapi: 3.0.0\n', false)))).toEqual({ encoding: 'utf-16-without-bom', order: 'be' });
    expect(detectTextEncoding(new TextEncoder().encode('openapi: 3.0.0\ninfo: {title: "Café ☕"}\n'))).toEqual({ encoding: 'utf-8', bomBytes: 0 });
  });

  it('recognises UTF-16 read as if it were UTF-8 (zero characters between the letters)', () => {
    expect(looksLikeUtf16Text('o\0p\0e\0n\0a\0p\0i\0:\0 \x003\0')).toBe(true);
    expect(looksLikeUtf16Text('openapi: 3.0.0')).toBe(false);
    expect(looksLikeUtf16Text('a\0')).toBe(false);
    expect(utf16WithoutBomMessage('spec.yaml')).toMatch(/^spec\.yaml is saved as UTF-16 text without a byte-order mark/);
    expect(utf16WithoutBomMessage()).toContain('UTF-8');
  });
});
