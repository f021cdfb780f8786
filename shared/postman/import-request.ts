/** One Postman request item as a saved request: address, rows, body, auth, scripts, examples. */
import type { CollectionRequest, ExampleAnswer, NotRunScript } from '../model/collection';
import { httpMethodSchema, type RequestRow } from '../model/request';
import { withoutConnectionNote } from './export-note';
import { scopeAuth } from './import-auth';
import type { AuthRow, ImportState } from './import-state';
import { emptyJsonPlaceholders, hintDescription } from './placeholders';
import { importBody } from './postman-body';
import { readAuth } from './postman-auth';
import { descriptionText, textOf, type PostmanEvent, type PostmanItem, type PostmanRequest, type PostmanRow } from './postman-format';
import { importUrl, rowOf } from './postman-url';
import { analyzeScript } from './script/analyze-script';
import { notRunScript } from './script/describe-script';
import { scriptText } from './token-requests';
import { referencedVariable } from './secrets';

const maxText = 100_000;

/** Header rows from Postman's list, or from its older `Key: value` lines. */
function headerRows(header: PostmanRequest['header']): RequestRow[] {
  if (typeof header === 'string') {
    return header
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const colon = line.indexOf(':');
        const disabled = line.trimStart().startsWith('//');
        const text = disabled ? line.trimStart().slice(2) : line;
        const at = disabled ? text.indexOf(':') : colon;
        return { key: (at < 0 ? text : text.slice(0, at)).trim(), value: at < 0 ? '' : text.slice(at + 1).trim(), enabled: !disabled };
      });
  }
  return (header ?? []).map((row: PostmanRow) => rowOf(row));
}

/** Kept scripts and captures of an item's events; `allowCaptures` false keeps the test script whole. */
export function itemScripts(events: readonly PostmanEvent[] | null | undefined, allowCaptures: boolean, path: readonly string[], itemId: string, state: ImportState) {
  const notRun: NotRunScript[] = [];
  const pre = analyzeScript(scriptText(events, 'prerequest'), false);
  if (pre.notRun) notRun.push(notRunScript(clamp(pre.notRun, 'A script', path, itemId, state), 'prerequest'));
  const test = analyzeScript(scriptText(events, 'test'), allowCaptures);
  if (test.notRun) notRun.push(notRunScript(clamp(test.notRun, 'A script', path, itemId, state), 'test'));
  for (const reason of [...new Set(test.refused)]) state.note('warning', `A save in its script was kept as a script, not made a capture: ${reason}.`, path, itemId);
  if (test.widened) state.note('info', 'Its script saved values only after one particular 2xx status; the captures made from it run after any 2xx answer.', path, itemId);
  return { notRun, captures: test.captures };
}

/** Text cut to the longest the model keeps, with a finding when cut. */
export function clamp(text: string, what: string, path: readonly string[], itemId: string, state: ImportState, limit = maxText): string {
  if (text.length <= limit) return text;
  state.note('warning', `${what} was longer than Shoreline keeps (${limit.toLocaleString('en')} characters) and was cut.`, path, itemId);
  return text.slice(0, limit);
}

/** The examples saved with a request. */
function examplesOf(item: PostmanItem): ExampleAnswer[] {
  return (item.response ?? []).slice(0, 100).map((r) => ({
    name: (r.name ?? '').slice(0, 300) || 'Example',
    ...(typeof r.code === 'number' && r.code >= 0 && r.code <= 999 && { status: Math.trunc(r.code) }),
    headers: headerRows(r.header ?? []).slice(0, 1000),
    body: (r.body ?? '').slice(0, 5 * 1024 * 1024),
  }));
}

/** The request an item holds, or undefined (with a finding) when Shoreline cannot keep it. */
export function importRequest(item: PostmanItem, name: string, path: readonly string[], inherited: readonly AuthRow[], state: ImportState): CollectionRequest | undefined {
  const request: PostmanRequest = typeof item.request === 'string' ? { url: item.request, method: 'GET' } : (item.request as PostmanRequest);
  const method = httpMethodSchema.safeParse((request.method ?? 'GET').toUpperCase());
  if (!method.success) {
    state.note('warning', `This request uses the method "${textOf(request.method)}", which Shoreline cannot send, so it was not imported.`, path);
    return undefined;
  }
  const id = state.id(item.id);
  const token = state.tokenRequests.get(item);
  const address = importUrl(request.url);
  if (address.droppedHash) state.note('info', 'Its URL had a #fragment, which is never sent; it was not kept.', path, id);

  let headers = headerRows(request.header);
  const typeRow = headers.find((h) => h.enabled && h.key.trim().toLowerCase() === 'content-type');
  const { body: imported, notes } = importBody(request.body, typeRow?.value);
  notes.forEach((n) => state.note('warning', n, path, id));
  let body = imported;
  if (body.kind !== 'none') headers = headers.filter((h) => h !== typeRow);
  if (body.kind === 'json') {
    const emptied = emptyJsonPlaceholders(body.text);
    emptied.hints.forEach((h) => state.hints.push({ itemId: id, where: 'body', ...h }));
    body = { ...body, text: emptied.text };
  }
  if (body.kind === 'form-urlencoded') body = { ...body, rows: body.rows.map((r) => state.secretRow(state.placeholderRow(r, id, 'form'), name)) };

  const reading = readAuth(request.auth);
  // A token request's Basic credentials are the connection's client id and secret: the offer has them.
  const own = token && reading.kind === 'basic' ? { auth: { kind: 'none' as const }, rows: [] } : scopeAuth(reading, id, path, state);
  const authRows = own.auth.kind === 'inherit' ? [...inherited, ...own.rows] : own.rows;
  headers = [...headers, ...authRows.filter((r) => r.in === 'header').map((r) => r.row)].map((h) => {
    const bearer = /^\s*Bearer\s+(\{\{[^{}]+\}\})\s*$/i.exec(h.value)?.[1];
    const variable = bearer === undefined ? undefined : referencedVariable(bearer);
    if (h.enabled && /^authorization$/i.test(h.key.trim()) && variable !== undefined && state.offeredTokens.has(variable)) {
      if (!state.applyTo.includes(id)) state.applyTo.push(id);
      return { ...h, enabled: false, description: 'Turned off at import: the connection offered for this collection signs requests in.' };
    }
    // `Bearer <token>` from Postman's OpenAPI importer would be sent as written and beat the connection.
    const scheme = /^\s*(Bearer|Basic)\s+<([A-Za-z][A-Za-z0-9 _.-]{0,40})>\s*$/i.exec(h.value);
    if (scheme && /^authorization$/i.test(h.key.trim())) {
      state.hints.push({ itemId: id, where: 'header', key: h.key, hint: scheme[2] as string });
      return { ...h, value: '', enabled: false, description: hintDescription(`${scheme[1] as string} ${scheme[2] as string}`, h.description) };
    }
    return state.secretRow(state.placeholderRow(h, id, 'header'), name);
  });
  const query = [...address.query, ...authRows.filter((r) => r.in === 'query').map((r) => r.row)].map((q) => state.secretRow(state.placeholderRow(q, id, 'query'), name));
  const pathParams = address.pathParams.map((p) => state.placeholderRow(p, id, 'path'));
  const variables = (item.variable ?? []).map((v) => state.variableRow(state.placeholderRow(rowOf(v), id, 'variable'), name, v.type));

  const scripts = itemScripts(item.event, token === undefined, path, id, state);
  if (token) state.note('info', 'This token request is handled by the connection offered for this collection: the runner lists it but does not send it.', path, id);
  const description = withoutConnectionNote(descriptionText(item.description) ?? descriptionText(request.description));
  return {
    kind: 'request',
    id,
    name,
    request: {
      method: method.data,
      url: address.url,
      pathParams,
      query,
      headers,
      body,
      auth: own.auth,
      variables,
      captures: scripts.captures,
      ...(description !== undefined && { description: clamp(description, 'Its description', path, id, state) }),
    },
    notRun: scripts.notRun,
    examples: examplesOf(item),
    ...(token && { handledByConnection: true }),
  };
}
