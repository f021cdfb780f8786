/**
 * `POST /upload/spec?fileName=…[&replaceId=…|&asNew=true]`: a spec file as one streamed binary
 * body, up to the 100 MB Shoreline imports. It replaces sending the text as JSON-wrapped pieces of
 * 2 million characters (every quote of a JSON spec escaped again, one call after another). Its
 * fields are checked as the `specs.importText` command's are, and it answers as that command does.
 * UTF-8 bytes go to the specs service as they are (decoded in its parse worker, saved unchanged),
 * so the host never holds the text of a big file; UTF-16 with a byte-order mark is decoded here.
 */
import type { IncomingMessage } from 'node:http';
import { dispatch, validateInput } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/index';
import { maxSpecBytes, type ImportOutcome } from '../../shared/contract/specs';
import { toAppError, type ErrorCode, type Result } from '../../shared/errors';
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

/** Imports a spec file's UTF-8 bytes (the specs service's `importBytes`); the bytes are handed over. */
export type ImportSpecBytes = (input: { bytes: Uint8Array; fileName: string; replaceId?: string; asNew?: boolean }, signal: AbortSignal) => Promise<ImportOutcome>;

/** The body: UTF-8 bytes without their byte-order mark, or text decoded from UTF-16 with one. */
async function readSpecBody(req: IncomingMessage): Promise<{ bytes: Uint8Array } | { text: string } | 'too_large' | 'utf-16-without-bom'> {
  const body = await readBody(req, maxSpecBytes);
  if (body === 'too_large') return body;
  const guess = detectTextEncoding(body);
  if (guess.encoding === 'utf-16-without-bom') return 'utf-16-without-bom';
  if (guess.encoding === 'utf-8') return { bytes: body.subarray(guess.bomBytes) };
  return { text: new TextDecoder(guess.encoding, { ignoreBOM: true }).decode(body.subarray(guess.bomBytes)) };
}

/** Imports the body (UTF-8 bytes through `importBytes`, decoded UTF-16 text through `specs.importText`), answering as that command does. */
async function importBody(body: { bytes: Uint8Array } | { text: string }, fields: Record<string, unknown>, handlers: Handlers, importBytes: ImportSpecBytes, signal: AbortSignal): Promise<UploadAnswer> {
  const checked = validateInput('specs.importText', { text: 'text' in body ? body.text : '', ...fields });
  if (!checked.ok) return { status: 400, result: checked.error };
  if ('text' in body) return { status: 200, result: await dispatch(handlers, 'specs.importText', checked.input, { signal }) };
  const { text: _checkedAbove, ...input } = checked.input as { text: string; fileName: string; replaceId?: string; asNew?: boolean };
  try {
    return { status: 200, result: { ok: true, value: await importBytes({ ...input, bytes: body.bytes }, signal) } };
  } catch (thrown) {
    return { status: 200, result: { ok: false, error: toAppError(thrown) } };
  }
}

/** Reads the body of `req`, imports it, and says what to answer. */
export async function handleSpecUpload(req: IncomingMessage, url: URL, handlers: Handlers, importBytes: ImportSpecBytes, signal: AbortSignal): Promise<UploadAnswer> {
  const body = await readSpecBody(req);
  if (body === 'too_large') return refused(413, 'too_large', 'This file is larger than the 100 MB Shoreline imports.');
  if (body === 'utf-16-without-bom') return refused(400, 'spec_invalid', utf16WithoutBomMessage());
  const query = url.searchParams;
  const fields = {
    fileName: query.get('fileName') ?? undefined,
    ...(query.has('replaceId') ? { replaceId: query.get('replaceId') } : {}),
    ...(query.get('asNew') === 'true' ? { asNew: true } : {}),
  };
  return importBody(body, fields, handlers, importBytes, signal);
}
