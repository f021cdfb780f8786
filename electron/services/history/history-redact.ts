/** Turns a draft into a storable entry: every token and secret removed, bodies cut to size. */
import type { HistoryEntry } from '../../../shared/contract/history';
import { redactHeaders, redactText } from '../../../shared/http/redact';
import { redactRequest } from '../../../shared/model/request-redact';
import type { HistoryDraft } from './history-draft';

/** Cuts text to at most `maxBytes` of UTF-8. */
function cut(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, truncated: false };
  const decoded = new TextDecoder('utf-8').decode(Buffer.from(text, 'utf8').subarray(0, maxBytes));
  return { text: decoded.replace(/\uFFFD$/, ''), truncated: true };
}

/** Redacts, then cuts: a secret that straddles the cut is still removed whole. */
function keep(text: string, secrets: readonly string[], maxBytes: number): { text: string; truncated: boolean } {
  const rough = cut(text, maxBytes + 16 * 1024);
  const final = cut(redactText(rough.text, secrets), maxBytes);
  return { text: final.text, truncated: rough.truncated || final.truncated };
}

/** The entry to store for `draft`, with `secrets` (the tokens used) and anything secret-looking removed. */
export function redactDraft(draft: HistoryDraft, id: string, time: string, secrets: readonly string[], maxBodyBytes: number): HistoryEntry {
  const entry: HistoryEntry = {
    ...draft,
    id,
    time,
    url: redactText(draft.url, secrets),
    requestHeaders: redactHeaders(draft.requestHeaders, secrets),
    request: redactRequest(draft.request, secrets, (text) => keep(text, [], maxBodyBytes).text),
  };
  if (draft.urlTemplate !== undefined) entry.urlTemplate = redactText(draft.urlTemplate, secrets);
  if (draft.requestBody !== undefined) {
    const body = keep(draft.requestBody, secrets, maxBodyBytes);
    entry.requestBody = body.text;
    if (body.truncated) entry.requestBodyTruncated = true;
  }
  if (draft.responseHeaders !== undefined) entry.responseHeaders = redactHeaders(draft.responseHeaders, secrets);
  if (draft.responseBody !== undefined) {
    const body = keep(draft.responseBody, secrets, maxBodyBytes);
    entry.responseBody = body.text;
    if (body.truncated) entry.responseBodyTruncated = true;
  }
  if (draft.errorMessage !== undefined) entry.errorMessage = redactText(draft.errorMessage, secrets);
  return entry;
}
