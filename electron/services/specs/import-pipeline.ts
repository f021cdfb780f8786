/**
 * From spec text to an index ready to save: size check, then one pass in a worker that parses the
 * document, detects its kind, scans its refs and builds the index. Main receives the index (and,
 * for YAML, the JSON text) and parses the document itself only when something asks for it (an
 * operation's details), so an 11 MB spec is never parsed twice during an import. A file given as
 * its bytes is decoded in the worker too: main then never holds its text at all.
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import { maxSpecBytes } from '../../../shared/contract/specs';
import { ShorelineError } from '../../../shared/errors';
import type { SpecIndex } from '../../../shared/openapi/operation-index';
import { looksLikeUtf16Text, utf16WithoutBomMessage } from '../../../shared/openapi/spec-text-encoding';
import { parseSpecText, type ParseOptions } from './parse-spec-text';

/** A parsed, indexed spec. */
export interface PreparedSpec {
  index: SpecIndex;
  /** The parsed document, parsed on first use (the import itself never needs it). */
  readonly doc: unknown;
  /** The file as given (text, or UTF-8 bytes without a byte-order mark), to be saved as the spec's source. */
  source: string | Uint8Array;
  /** A YAML file's document as JSON text (a JSON file's source is its own JSON). */
  docJson?: string;
  syntax: 'json' | 'yaml';
  sizeBytes: number;
}

/** Parses JSON text that may start with a byte-order mark. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** The document of `prepared` as JSON text (decoded from its bytes when that is all there is). */
export function documentJson(prepared: Pick<PreparedSpec, 'source' | 'docJson'>): string {
  if (prepared.docJson !== undefined) return prepared.docJson;
  return typeof prepared.source === 'string' ? prepared.source : new TextDecoder().decode(prepared.source);
}

function megabytes(bytes: number, decimals: number): string {
  return `${(bytes / 1024 / 1024).toFixed(decimals)} MB`;
}

/**
 * Turns `text` into an index, or throws a {@link ShorelineError} that says why not. `text` may be
 * UTF-8 bytes (without a byte-order mark): they are handed over, and come back as `source`.
 */
export async function prepareSpec(
  text: string | Uint8Array,
  options: { signal?: AbortSignalLike; maxBytes?: number; parse?: Omit<ParseOptions, 'signal'>; fileName?: string } = {},
): Promise<PreparedSpec> {
  const maxBytes = options.maxBytes ?? maxSpecBytes;
  const sizeBytes = typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : text.byteLength;
  if (sizeBytes > maxBytes) {
    throw new ShorelineError('too_large', `This file is ${megabytes(sizeBytes, 1)}, more than the ${megabytes(maxBytes, 0)} Shoreline can import.`);
  }
  // A UTF-16 file decoded as UTF-8 has a zero between its letters; YAML would only say "null byte".
  const start = typeof text === 'string' ? text : new TextDecoder().decode(text.subarray(0, 1024));
  if (looksLikeUtf16Text(start)) throw new ShorelineError('spec_invalid', utf16WithoutBomMessage(options.fileName));
  const parsed = await parseSpecText(text, { maxExpandedBytes: maxBytes, ...options.parse, index: true, ...(options.signal ? { signal: options.signal } : {}) });
  const { index, syntax } = parsed;
  if (!index) throw new ShorelineError('internal', 'The spec reader did not index this file. Nothing was changed.');
  const source = parsed.bytes ?? text;
  const docJson = syntax === 'yaml' ? parsed.json : undefined;
  let doc: unknown;
  return {
    index,
    get doc() {
      return (doc ??= parseJsonText(documentJson({ source, ...(docJson !== undefined && { docJson }) })));
    },
    source,
    ...(docJson !== undefined && { docJson }),
    syntax,
    sizeBytes,
  };
}
