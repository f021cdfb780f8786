/**
 * "Copy as": one entry point for every language. The secret is never an input here, so no snippet
 * can contain it; scripts read it from the CLIENTID/CLIENTSECRET environment variables.
 */
import { snippetLanguageSchema } from '../contract/http';
import { curlSnippet } from './curl';
import { powershellSnippet } from './powershell';
import { pythonSnippet } from './python';
import { prepareSnippetRequest, type SnippetAuth, type SnippetLanguage, type SnippetRequest } from './snippet-request';

export type { SnippetAuth, SnippetLanguage, SnippetRequest } from './snippet-request';

/** Every language "Copy as" offers, in menu order. */
export const snippetLanguages: readonly SnippetLanguage[] = snippetLanguageSchema.options;

/** Code that sends `request` in `language`, fetching a token first when `auth` (from the connection) is given. */
export function buildSnippet(language: SnippetLanguage, request: SnippetRequest, auth?: SnippetAuth): string {
  const prepared = prepareSnippetRequest(request, auth);
  switch (language) {
    case 'curl':
      return curlSnippet(prepared);
    case 'python':
      return pythonSnippet(prepared);
    case 'powershell':
      return powershellSnippet(prepared);
  }
}
