/**
 * From spec text to an index ready to save: size check, parse in a worker, detect the kind of
 * document, scan its refs in slices (so the main thread never stalls on a big spec), build the
 * index. Nothing is saved here, so a failure leaves everything as it was.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AbortSignalLike } from '../../../shared/contract/define';
import { maxSpecBytes } from '../../../shared/contract/specs';
import { ShorelineError } from '../../../shared/errors';
import { detectSpec } from '../../../shared/openapi/detect-spec';
import { buildSpecIndex, type SpecIndex } from '../../../shared/openapi/operation-index';
import { createRefScanner } from '../../../shared/openapi/ref-scan';
import { looksLikeUtf16Text, utf16WithoutBomMessage } from '../../../shared/openapi/spec-text-encoding';
import { parseSpecText, type ParseOptions } from './parse-spec-text';


/** A parsed, indexed spec. */
export interface PreparedSpec {
  index: SpecIndex;
  doc: unknown;
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
  const parsed = await parseSpecText(text, { maxExpandedBytes: maxBytes, ...options.parse, ...(options.signal ? { signal: options.signal } : {}) });
  const doc = parseJsonText(parsed.json);
  const detected = detectSpec(doc);
  if (!detected.ok) throw new ShorelineError('spec_invalid', detected.message);
  const scanner = createRefScanner(doc, detected.format);
  while (!scanner.step(10_000)) {
    await nextTurn();
    if (options.signal?.aborted) throw new ShorelineError('cancelled', 'The import was cancelled.');
  }
  const built = buildSpecIndex(doc, detected, scanner.result());
  if (!built.ok) throw new ShorelineError('spec_invalid', built.message, built.detail);
  return { index: built.index, doc, json: parsed.json, syntax: parsed.syntax, sizeBytes };
}
