/**
 * A strict `application/x-www-form-urlencoded` reader for the token endpoint: a broken percent
 * escape, bytes that are not UTF-8, or a repeated parameter (RFC 6749 §3.2) make it refuse.
 */

/** The decoded fields, or why the body is malformed. */
export type FormResult = { ok: true; fields: Map<string, string> } | { ok: false; reason: string };

const brokenEscape = /%(?![0-9A-Fa-f]{2})/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes one form-urlencoded component (`+` is a space), or undefined when it is malformed. */
export function formDecode(text: string): string | undefined {
  if (brokenEscape.test(text)) return undefined;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Parses a form body. */
export function parseFormBody(body: Uint8Array): FormResult {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, reason: 'The body is not valid UTF-8.' };
  }
  const fields = new Map<string, string>();
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const name = formDecode(equals < 0 ? piece : piece.slice(0, equals));
    const value = formDecode(equals < 0 ? '' : piece.slice(equals + 1));
    if (name === undefined || value === undefined) {
      return { ok: false, reason: `The body is not valid application/x-www-form-urlencoded near '${piece.slice(0, 40)}'.` };
    }
    if (name === '') return { ok: false, reason: 'The body has a parameter without a name.' };
    if (fields.has(name)) return { ok: false, reason: `The parameter ${name} is repeated.` };
    fields.set(name, value);
  }
  return { ok: true, fields };
}
