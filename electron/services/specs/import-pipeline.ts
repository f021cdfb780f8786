/**
 * From spec text to an index ready to save: size check, then one pass in a worker that parses the
 * document, detects its kind, scans its refs and builds the index. Main receives the index and the
 * JSON text and parses the document itself only when something asks for it (an operation's
 * details), so an 11 MB spec is never parsed twice during an import. Nothing is saved here, so a
 * failure leaves everything as it was.
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
  /** The parsed document, parsed from {@link json} on first use (the import itself never needs it). */
  readonly doc: unknown;
  /** The document as JSON text (for the cache and for validation). */
  json: string;
  syntax: 'json' | 'yaml';
  sizeBytes: number;
}

/** Parses JSON text that may start with a byte-order mark. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function megabytes(bytes: number, decimals: number): string {
  return `${(bytes / 1024 / 1024).toFixed(decimals)} MB`;
}

/** Turns `text` into an index, or throws a {@link ShorelineError} that says why not. */
export async function prepareSpec(
  text: string,
  options: { signal?: AbortSignalLike; maxBytes?: number; parse?: Omit<ParseOptions, 'signal'>; fileName?: string } = {},
): Promise<PreparedSpec> {
  const maxBytes = options.maxBytes ?? maxSpecBytes;
  const sizeBytes = Buffer.byteLength(text, 'utf8');
  if (sizeBytes > maxBytes) {
    throw new ShorelineError('too_large', `This file is ${megabytes(sizeBytes, 1)}, more than the ${megabytes(maxBytes, 0)} Shoreline can import.`);
  }
  // A UTF-16 file decoded as UTF-8 has a zero between its letters; YAML would only say "null byte".
  if (looksLikeUtf16Text(text)) throw new ShorelineError('spec_invalid', utf16WithoutBomMessage(options.fileName));
  const parsed = await parseSpecText(text, { maxExpandedBytes: maxBytes, ...options.parse, index: true, ...(options.signal ? { signal: options.signal } : {}) });
  const { index, json, syntax } = parsed;
  if (!index) throw new ShorelineError('internal', 'The spec reader did not index this file. Nothing was changed.');
  let doc: unknown;
  return {
    index,
    get doc() {
      return (doc ??= parseJsonText(json));
    },
    json,
    syntax,
    sizeBytes,
  };
}
