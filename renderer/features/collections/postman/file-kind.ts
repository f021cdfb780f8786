/**
 * Which import a picked or dropped file is for: a Postman collection goes to the collections, an
 * OpenAPI or Swagger description to the specs — whichever panel it was dropped on, as Postman's own
 * Import does. Only the start of the text is looked at, so a big spec is never parsed twice here;
 * the import itself then says precisely what a file that is neither is.
 */

/** Where a file's import belongs. */
export type ImportKind = 'postman' | 'spec';

/** How much of the text is looked at: `info` and `openapi` come first in every exporter's output. */
const headChars = 64 * 1024;

/** The kind of `text` (the file's contents), with its name as a hint when the text says nothing. */
export function importKindOf(text: string, fileName = ''): ImportKind {
  const head = text.slice(0, headChars).replace(/^\uFEFF/, '');
  // A Postman environment goes there too: that import says it is not a collection, in Postman's words.
  if (/getpostman\.com\/json\/collection|"_postman_id"\s*:|"_postman_variable_scope"\s*:/.test(head)) return 'postman';
  if (/"(openapi|swagger)"\s*:/.test(head) || /^\s*['"]?(openapi|swagger)['"]?\s*:/m.test(head)) return 'spec';
  if (/\.postman_collection(\.json)?$/i.test(fileName)) return 'postman';
  // A JSON object with an "info" block and an "item" list is a collection written without Postman's ids.
  if (/^\s*\{/.test(head) && /"item"\s*:\s*\[/.test(head) && /"info"\s*:\s*\{/.test(head)) return 'postman';
  return 'spec';
}
