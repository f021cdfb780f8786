/**
 * Postman request bodies to Shoreline's and back. Raw bodies take their content type from the
 * request's Content-Type header (which then moves to the body, as Shoreline keeps it there), else
 * from Postman's `options.raw.language`. Form-data has no multipart counterpart in Shoreline: its
 * text fields become form fields sent urlencoded, and file fields are kept turned off with a note.
 */
import { contentKindOf } from '../http/content-kind';
import type { RequestBody, RequestRow } from '../model/request';
import { textOf, type PostmanBody } from './postman-format';
import { postmanRow, rowOf } from './postman-url';

/** The Content-Type Postman sends for each raw `language`. */
const languageTypes: Record<string, string> = {
  json: 'application/json',
  text: 'text/plain',
  javascript: 'application/javascript',
  html: 'text/html',
  xml: 'application/xml',
  graphql: 'application/json',
};

/** A body as imported, with what could not be kept, in words. */
export interface ImportedBody {
  body: RequestBody;
  notes: string[];
}

/** A raw body's type when neither a header nor a language says it: JSON when it parses, else text. */
function guessType(text: string): string {
  try {
    JSON.parse(text);
    return 'application/json';
  } catch {
    return 'text/plain';
  }
}

/** Typed text as a JSON or text body. */
function typedText(text: string, contentType: string): RequestBody {
  return contentKindOf(contentType) === 'json' ? { kind: 'json', text, contentType } : { kind: 'text', text, contentType };
}

/** A Postman body as Shoreline's; `headerType` is the request's Content-Type header value, if it had one. */
export function importBody(body: PostmanBody | null | undefined, headerType: string | undefined): ImportedBody {
  if (!body || !body.mode) return { body: { kind: 'none' }, notes: [] };
  if (body.disabled === true) return { body: { kind: 'none' }, notes: ['Its body was turned off in Postman, so it was not kept.'] };
  switch (body.mode) {
    case 'raw': {
      const text = body.raw ?? '';
      if (text === '') return { body: { kind: 'none' }, notes: [] };
      const language = body.options?.raw?.language ?? undefined;
      const contentType = headerType ?? (language ? languageTypes[language] : undefined) ?? guessType(text);
      return { body: typedText(text, contentType), notes: [] };
    }
    case 'urlencoded':
      return { body: { kind: 'form-urlencoded', rows: (body.urlencoded ?? []).map((r) => rowOf(r)), contentType: headerType ?? 'application/x-www-form-urlencoded' }, notes: [] };
    case 'formdata': {
      const notes = ['Its form-data body is sent as a urlencoded form: Shoreline does not send multipart bodies yet.'];
      const rows: RequestRow[] = (body.formdata ?? []).map((r) => {
        if (r.type !== 'file') return rowOf(r);
        const src = Array.isArray(r.src) ? r.src.map(textOf).join(', ') : textOf(r.src);
        notes.push(`Its file field "${textOf(r.key)}" is kept turned off: Shoreline cannot send files yet.`);
        return { key: textOf(r.key), value: '', enabled: false, description: `A file field in Postman${src === '' ? '' : ` (${src})`}; Shoreline cannot send files yet.` };
      });
      return { body: { kind: 'form-urlencoded', rows, contentType: 'application/x-www-form-urlencoded' }, notes };
    }
    case 'graphql': {
      const query = body.graphql?.query ?? '';
      const raw = body.graphql?.variables;
      let variables: unknown = raw ?? {};
      if (typeof raw === 'string') {
        try {
          variables = raw.trim() === '' ? {} : JSON.parse(raw);
        } catch {
          variables = raw;
        }
      }
      return { body: { kind: 'json', text: JSON.stringify({ query, variables }, null, 2), contentType: 'application/json' }, notes: ['Its GraphQL body became the JSON body GraphQL servers take ({ "query", "variables" }).'] };
    }
    case 'file':
      return { body: { kind: 'none' }, notes: ['Its body was a file, which Shoreline cannot send yet; the body was not kept.'] };
    default:
      return { body: { kind: 'none' }, notes: [`Its body is of a kind Shoreline does not know ("${body.mode}"); the body was not kept.`] };
  }
}

/** The `options.raw.language` Postman shows for a content type. */
function languageOf(contentType: string): string {
  const media = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentKindOf(media) === 'json') return 'json';
  if (media.endsWith('xml')) return 'xml';
  if (media === 'text/html') return 'html';
  if (media.includes('javascript')) return 'javascript';
  return 'text';
}

/** Shoreline's body as Postman's, or undefined for none. The caller adds the Content-Type header. */
export function exportBody(body: RequestBody) {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
    case 'text':
      return { mode: 'raw' as const, raw: body.text, options: { raw: { language: languageOf(body.contentType) } } };
    case 'form-urlencoded':
      return { mode: 'urlencoded' as const, urlencoded: body.rows.map(postmanRow) };
  }
}
