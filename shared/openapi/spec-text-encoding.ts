/**
 * Which encoding a spec file's bytes are in. Windows PowerShell 5.1's `Out-File` writes UTF-16 LE
 * with a byte-order mark by default, and editors add a UTF-8 one: both are read as text here. A
 * UTF-16 file without a mark is recognised by its zero bytes and refused in words (guessing
 * would be wrong for text that is not mostly ASCII). Each side decodes with its own TextDecoder.
 */

/** The encoding of a file: decodable (after skipping `bomBytes`), or UTF-16 without a mark. */
export type TextEncodingGuess =
  | { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bomBytes: number }
  | { encoding: 'utf-16-without-bom'; order: 'le' | 'be' };

/** How many of the first bytes to look at for zero bytes. */
const sniffLength = 1024;

/** The encoding of `bytes`, from its byte-order mark or, without one, its zero bytes. */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  const length = Math.min(bytes.length, sniffLength) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  // UTF-8 text never holds a zero byte; ASCII-heavy UTF-16 has one in nearly every pair.
  const pairs = length / 2;
  if (pairs >= 2 && oddZeros >= pairs * 0.6 && evenZeros === 0) return { encoding: 'utf-16-without-bom', order: 'le' };
  if (pairs >= 2 && evenZeros >= pairs * 0.6 && oddZeros === 0) return { encoding: 'utf-16-without-bom', order: 'be' };
  return { encoding: 'utf-8', bomBytes: 0 };
}

/** True when `text` is UTF-16 bytes read as UTF-8: a zero character beside most letters. */
export function looksLikeUtf16Text(text: string): boolean {
  const sample = text.slice(0, sniffLength);
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) zeros += 1;
  return sample.length >= 4 && zeros >= sample.length * 0.3;
}

/** The refusal for a UTF-16 file without a byte-order mark, naming the file when known. */
export function utf16WithoutBomMessage(fileName?: string): string {
  const subject = fileName ? `${fileName} is` : 'This file is';
  return `${subject} saved as UTF-16 text without a byte-order mark, so Shoreline cannot tell how to read it. Save it as UTF-8 (in PowerShell: Out-File -Encoding utf8) and import it again.`;
}
