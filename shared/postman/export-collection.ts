/**
 * Exports a Shoreline collection as a Postman Collection v2.1 file: folders in order, requests
 * (URL raw and broken down, query rows with the unticked ones, headers, bodies with their content
 * type), variables, captures as equivalent test scripts, kept scripts as they were, and auth as a
 * `Bearer {{token}}` placeholder with a note — never a secret or a token. It validates against
 * Postman's published v2.1.0 schema (see `schema/`).
 */
import type { Collection, CollectionFolder, CollectionItem, CollectionRequest, NotRunScript } from '../model/collection';
import type { RequestAuth, RequestRow } from '../model/request';
import { captureScriptLines } from './capture-script';
import { withConnectionNote } from './export-note';
import { exportBody } from './postman-body';
import { exportUrl, postmanRow } from './postman-url';
import { findSaves } from './script/find-saves';

/** The `info.schema` of a v2.1 file. */
export const postmanV21Schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

/** A Postman bearer auth block sending `{{variable}}`. */
function bearer(variable: string) {
  return { type: 'bearer', bearer: [{ key: 'token', value: `{{${variable}}}`, type: 'string' }] };
}

/** A Postman auth block for Shoreline auth (none for "inherit": Postman inherits when there is none). */
function authOf(auth: RequestAuth, tokenVariable: string) {
  if (auth.kind === 'none') return { type: 'noauth' };
  if (auth.kind === 'connection') return bearer(tokenVariable);
  return undefined;
}

/**
 * The variable a token request handled by a connection saved its token into (from its kept script),
 * so the export sends `Bearer {{that}}` and works in Postman as the original did; else `token`.
 */
function tokenVariableOf(items: readonly CollectionItem[]): string | undefined {
  for (const item of items) {
    const found =
      item.kind === 'folder'
        ? tokenVariableOf(item.items)
        : item.handledByConnection
          ? item.notRun
              .filter((s) => s.event === 'test')
              .flatMap((s) => findSaves(s.text))
              .find((s) => s.ref.source === 'body' && s.ref.segments.length === 1 && s.ref.segments[0] === 'access_token')?.variable
          : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The description to write: with the connection note where auth was a connection. */
function describe(description: string | undefined, auth: RequestAuth): string | undefined {
  return auth.kind === 'connection' ? withConnectionNote(description) : description;
}

/** Script events: captures first in the test script, kept scripts after them, each event once. */
function eventsOf(notRun: readonly NotRunScript[], captureLines: readonly string[] = []) {
  const events = [];
  for (const listen of ['prerequest', 'test'] as const) {
    const kept = notRun.filter((s) => s.event === listen).map((s) => s.text);
    const lines = listen === 'test' ? [...captureLines] : [];
    for (const text of kept) lines.push(...(lines.length > 0 ? [''] : []), ...text.split('\n'));
    if (lines.length > 0) events.push({ listen, script: { type: 'text/javascript', exec: lines } });
  }
  return events.length > 0 ? { event: events } : {};
}

/** Variable rows as Postman variables. */
function variablesOf(rows: readonly RequestRow[]) {
  return rows.length === 0 ? {} : { variable: rows.map((row) => ({ ...postmanRow(row), type: 'string' })) };
}

function exportRequest(item: CollectionRequest, tokenVariable: string) {
  const { request } = item;
  const body = exportBody(request.body);
  const headers = request.headers.map(postmanRow);
  if (request.body.kind !== 'none' && !request.headers.some((h) => h.enabled && h.key.trim().toLowerCase() === 'content-type')) {
    headers.push({ key: 'Content-Type', value: request.body.contentType });
  }
  const auth = authOf(request.auth, tokenVariable);
  const description = describe(request.description, request.auth);
  return {
    id: item.id,
    name: item.name,
    ...eventsOf(item.notRun, captureScriptLines(request.captures)),
    ...variablesOf(request.variables),
    request: {
      method: request.method,
      header: headers,
      ...(body && { body }),
      url: exportUrl(request.url, request.pathParams, request.query),
      ...(auth && { auth }),
      ...(description !== undefined && { description }),
    },
    response: item.examples.map((e) => ({
      name: e.name,
      ...(e.status !== undefined && { code: e.status }),
      header: e.headers.map(postmanRow),
      body: e.body,
    })),
  };
}

function exportFolder(folder: CollectionFolder, tokenVariable: string): object {
  const auth = authOf(folder.auth, tokenVariable);
  const description = describe(folder.description, folder.auth);
  return {
    id: folder.id,
    name: folder.name,
    ...(description !== undefined && { description }),
    ...variablesOf(folder.variables),
    ...eventsOf(folder.notRun),
    ...(auth && { auth }),
    item: folder.items.map((item) => exportItem(item, tokenVariable)),
  };
}

function exportItem(item: CollectionItem, tokenVariable: string): object {
  return item.kind === 'folder' ? exportFolder(item, tokenVariable) : exportRequest(item, tokenVariable);
}

/** The collection as a Postman Collection v2.1 document (a plain JSON object). */
export function exportPostmanCollection(collection: Collection) {
  const handledToken = tokenVariableOf(collection.items);
  const tokenVariable = handledToken ?? 'token';
  // Waiting for its connection, a collection with a handled token request sends that token, as in Postman.
  const auth = collection.auth.kind === 'inherit' && handledToken ? bearer(handledToken) : authOf(collection.auth, tokenVariable);
  const description = describe(collection.description, collection.auth);
  return {
    info: {
      _postman_id: collection.origin.kind === 'postman' && collection.origin.postmanId ? collection.origin.postmanId : collection.id,
      name: collection.name,
      ...(description !== undefined && { description }),
      schema: postmanV21Schema,
    },
    item: collection.items.map((item) => exportItem(item, tokenVariable)),
    ...eventsOf(collection.notRun),
    ...variablesOf(collection.variables),
    ...(auth && { auth }),
  };
}

/** The collection as the text of a Postman Collection v2.1 file (tab-indented, as Postman writes it). */
export function exportPostmanCollectionText(collection: Collection): string {
  return `${JSON.stringify(exportPostmanCollection(collection), null, '\t')}\n`;
}
