/**
 * Decides how a body reaches the renderer: small text and JSON inline, small images as base64,
 * everything bigger (or binary) kept in the body store behind an id. Also decodes the text that
 * history, advice and pagination read.
 */
import type { ResponseBody } from '../../../shared/contract/http';
import { charsetOf, contentKindOf, type ContentKind } from '../../../shared/http/content-kind';
import type { BodyStore } from './body-store';
import type { ReadBody } from './body-sink';

/** Size limits of inline bodies. */
export interface ViewLimits {
  /** Text and JSON up to this many bytes come inline. */
  inlineText: number;
  /** Images up to this many bytes come inline as base64. */
  inlineImage: number;
}

/** A body ready for the renderer, plus its decoded text when it was small enough to decode. */
export interface BodyView {
  body: ResponseBody;
  contentKind: ContentKind;
  /** The decoded text of an inline text/JSON body. */
  text?: string;
}

/** Decodes bytes in the response's charset (UTF-8 when unknown or unsupported). */
export function decodeText(bytes: Uint8Array, contentType: string): string {
  const charset = charsetOf(contentType) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Guesses the kind of an untyped body from its first bytes: NUL bytes or invalid UTF-8 mean binary. */
export function sniffKind(head: Uint8Array): ContentKind {
  if (head.includes(0)) return 'binary';
  try {
    // stream: true tolerates a character cut at the end of the sample.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return /^\s*[[{]/.test(text) ? 'json' : 'text';
  } catch {
    return 'binary';
  }
}

/** Builds the view of a read body. */
export function viewBody(read: ReadBody, contentType: string, store: BodyStore, limits: ViewLimits): BodyView {
  if (read.kind === 'too_large') {
    return { body: { kind: 'too_large', size: read.size, limit: read.limit }, contentKind: contentKindOf(contentType) ?? 'binary' };
  }
  if (read.size === 0) return { body: { kind: 'empty' }, contentKind: contentKindOf(contentType) ?? 'text' };
  const kind = contentKindOf(contentType) ?? (read.kind === 'memory' ? sniffKind(read.bytes.subarray(0, 4096)) : 'binary');
  const isText = kind === 'json' || kind === 'text';
  if (read.kind === 'memory') {
    if (isText && read.size <= limits.inlineText) {
      const text = decodeText(read.bytes, contentType);
      return { body: { kind: 'text', text }, contentKind: kind, text };
    }
    if (kind === 'image' && read.size <= limits.inlineImage) {
      const mediaType = contentType.split(';')[0]?.trim() ?? 'application/octet-stream';
      return { body: { kind: 'image', mediaType, base64: read.bytes.toString('base64'), size: read.size }, contentKind: kind };
    }
  }
  const location = read.kind === 'memory' ? { kind: 'memory' as const, bytes: read.bytes } : { kind: 'file' as const, path: read.path };
  const id = store.keep(location, read.size);
  return { body: isText ? { kind: 'large', id, size: read.size } : { kind: 'binary', id, size: read.size }, contentKind: kind };
}

/** The parsed JSON of a text, or the text itself when it is not JSON (advice reads either). */
export function parseMaybeJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
