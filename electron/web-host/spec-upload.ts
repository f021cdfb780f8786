/**
 * `POST /upload/spec?fileName=…[&replaceId=…|&asNew=true]`: a spec file as one streamed binary
 * body, up to the 100 MB Shoreline imports. It replaces sending the text as JSON-wrapped pieces of
 * 2 million characters (every quote of a JSON spec escaped again, one call after another). The
 * bytes are decoded here as the window would have (UTF-8, or UTF-16 with a byte-order mark), then
 * imported by the same `specs.importText` command, with its validation and its answers.
 */
import type { IncomingMessage } from 'node:http';
import { dispatch, validateInput } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/index';
import { maxSpecBytes } from '../../shared/contract/specs';
import type { ErrorCode, Result } from '../../shared/errors';
import { detectTextEncoding, utf16WithoutBomMessage } from '../../shared/openapi/spec-text-encoding';
import { readBody } from './read-body';

/** The web host's path for spec uploads. */
export const specUploadPath = '/upload/spec';

/** What an upload answers: an HTTP status and the command's `Result`. */
export interface UploadAnswer {
  status: number;
  result: Result<unknown>;
}

const refused = (status: number, code: ErrorCode, message: string): UploadAnswer => ({ status, result: { ok: false, error: { code, message } } });

/** The bytes as text, or undefined for UTF-16 without a byte-order mark (which cannot be told apart safely). */
export function decodeSpecBytes(bytes: Uint8Array): string | undefined {
  const guess = detectTextEncoding(bytes);
  if (guess.encoding === 'utf-16-without-bom') return undefined;
  return new TextDecoder(guess.encoding, { ignoreBOM: true }).decode(bytes.subarray(guess.bomBytes));
}

/** The body as text; its bytes are not kept while the import runs. */
async function readText(req: IncomingMessage): Promise<string | 'too_large' | 'utf-16-without-bom'> {
  const body = await readBody(req, maxSpecBytes);
  if (body === 'too_large') return body;
  return decodeSpecBytes(body) ?? 'utf-16-without-bom';
}

/** Reads the body of `req`, imports it, and says what to answer. */
export async function handleSpecUpload(req: IncomingMessage, url: URL, handlers: Handlers, signal: AbortSignal): Promise<UploadAnswer> {
  const text = await readText(req);
  if (text === 'too_large') return refused(413, 'too_large', 'This file is larger than the 100 MB Shoreline imports.');
  if (text === 'utf-16-without-bom') return refused(400, 'spec_invalid', utf16WithoutBomMessage());
  const query = url.searchParams;
  const input = {
    text,
    fileName: query.get('fileName') ?? undefined,
    ...(query.has('replaceId') ? { replaceId: query.get('replaceId') } : {}),
    ...(query.get('asNew') === 'true' ? { asNew: true } : {}),
  };
  const checked = validateInput('specs.importText', input);
  if (!checked.ok) return { status: 400, result: checked.error };
  return { status: 200, result: await dispatch(handlers, 'specs.importText', input, { signal }) };
}
