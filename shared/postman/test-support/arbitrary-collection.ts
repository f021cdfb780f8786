/**
 * Generated collections for the export → import property test: everything Shoreline models and a
 * Postman file can carry — nested folders, duplicate and unticked rows, path parameters, bodies of
 * each kind, variables at each level, captures of each source (some turned off), kept scripts and
 * example answers. Values stay clear of what the import treats on purpose (secrets, `<placeholders>`,
 * `%` escapes), which other tests cover.
 */
import fc from 'fast-check';
import type { Collection, CollectionFolder, CollectionItem, CollectionRequest, NotRunScript } from '../../model/collection';
import type { Capture, RequestAuth, RequestBody, RequestRow } from '../../model/request';
import { httpMethods } from '../../model/request';
import { formatCapturePath } from '../capture-path';
import { describeScript } from '../script/describe-script';
import { isTokenName, secretKindOfName } from '../secrets';

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const safeKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,10}$/).filter((k) => !secretKindOfName(k) && !isTokenName(k) && !/^(content-type|authorization)$/i.test(k.trim()));
const safeValue = fc.stringMatching(/^[A-Za-z0-9 _.,:/{}-]{0,12}$/);
const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,!?'-]{0,30}$/);
const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ()_.{}-]{0,20}[A-Za-z0-9)]$/);
const description = fc.option(text, { nil: undefined });

const row: fc.Arbitrary<RequestRow> = fc
  .record({ key: safeKey, value: safeValue, enabled: fc.boolean(), description })
  .map(({ description: d, ...r }) => (d === undefined ? r : { ...r, description: d }));
const rows = fc.array(row, { maxLength: 4 }).chain((list) => (list.length > 0 ? fc.constantFrom(list, [...list, list[0] as RequestRow]) : fc.constant(list)));

const auth: fc.Arbitrary<RequestAuth> = fc.constantFrom<RequestAuth>({ kind: 'inherit' }, { kind: 'none' }, { kind: 'connection', connectionId: 'conn-1' });

const keptScripts = ['console.log("checked")', 'pm.test("ok", function () {\n    pm.response.to.have.status(200);\n});', 'var n = 2;\nfor (var i = 0; i < n; i++) { console.log(i) }'];
const notRun: fc.Arbitrary<NotRunScript[]> = fc
  .record({ pre: fc.option(fc.constantFrom(...keptScripts), { nil: undefined }), test: fc.option(fc.constantFrom(...keptScripts), { nil: undefined }) })
  .map(({ pre, test }) => [
    ...(pre === undefined ? [] : [{ event: 'prerequest' as const, text: pre, reason: describeScript(pre, 'prerequest') }]),
    ...(test === undefined ? [] : [{ event: 'test' as const, text: test, reason: describeScript(test, 'test') }]),
  ]);

const segment = fc.oneof(word.filter((w) => !/^(access|refresh|id)_?token$/i.test(w)), fc.nat({ max: 5 }), fc.constantFrom('odata.count', 'my key', 'length'));
const capture: fc.Arbitrary<Capture> = fc.record({
  variable: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,10}$/),
  scope: fc.constantFrom<Capture['scope']>('collection', 'environment', 'global'),
  enabled: fc.boolean(),
  source: fc.oneof(
    fc.array(segment, { maxLength: 4 }).map((s) => ({ source: 'body' as const, path: formatCapturePath(s) })),
    fc.constantFrom('Location', 'ETag', 'X-Request-Id').map((h) => ({ source: 'header' as const, path: h })),
    fc.constant({ source: 'status' as const, path: '' }),
  ),
}).map(({ source, ...c }) => ({ ...c, ...source }));

const jsonValue = fc.jsonValue({ maxDepth: 2 }).filter((v) => !JSON.stringify(v).includes('<'));
const body: fc.Arbitrary<RequestBody> = fc.oneof(
  fc.constant<RequestBody>({ kind: 'none' }),
  fc.record({ value: fc.dictionary(word, jsonValue, { minKeys: 1, maxKeys: 3 }), contentType: fc.constantFrom('application/json', 'application/merge-patch+json', 'application/vnd.api+json') }).map(({ value, contentType }): RequestBody => ({ kind: 'json', text: JSON.stringify(value, null, 2), contentType })),
  fc.record({ text, contentType: fc.constantFrom('text/plain', 'text/csv', 'application/xml') }).map((b): RequestBody => ({ kind: 'text', ...b })),
  rows.map((r): RequestBody => ({ kind: 'form-urlencoded', rows: r, contentType: 'application/x-www-form-urlencoded' })),
);

/** A URL template and its path parameters (names unique, in order). */
const address = fc
  .record({
    base: fc.constantFrom('{{baseUrl}}', 'https://api.example.com', 'https://array.example.com:8443', ''),
    parts: fc.array(fc.oneof(word, word.map((w) => `{${w}}`)), { maxLength: 4 }),
    values: fc.array(fc.record({ value: safeValue, description }), { maxLength: 4 }),
  })
  .map(({ base, parts, values }) => {
    const seen = new Set<string>();
    const path = parts.map((p) => (p.startsWith('{') && seen.has(p) ? p.slice(1, -1) : (seen.add(p), p)));
    const names = [...seen].filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1));
    const url = base === '' && path.length === 0 ? '' : `${base}/${path.join('/')}`;
    return {
      url,
      pathParams: names.map((key, i) => {
        const v = values[i];
        return v?.description === undefined ? { key, value: v?.value ?? '' } : { key, value: v.value, description: v.description };
      }),
    };
  });

function request(id: string): fc.Arbitrary<CollectionRequest> {
  return fc
    .record({
      name,
      method: fc.constantFrom(...httpMethods),
      address,
      query: rows,
      headers: rows,
      body,
      auth,
      variables: rows,
      captures: fc.array(capture, { maxLength: 3 }),
      description,
      notRun,
      examples: fc.array(fc.record({ name, status: fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }), headers: rows, body: text }), { maxLength: 2 }),
    })
    .map((r) => ({
      kind: 'request' as const,
      id,
      name: r.name,
      request: {
        method: r.method,
        url: r.address.url,
        pathParams: r.address.pathParams,
        query: r.query,
        headers: r.headers,
        body: r.body,
        auth: r.auth,
        variables: r.variables,
        captures: r.captures,
        ...(r.description !== undefined && { description: r.description }),
      },
      notRun: r.notRun,
      examples: r.examples.map(({ status, ...e }) => (status === undefined ? e : { ...e, status })),
    }));
}

/** Items with ids `${prefix}-n`, folders nested up to `depth` more levels. */
function items(prefix: string, depth: number): fc.Arbitrary<CollectionItem[]> {
  return fc.array(fc.boolean(), { maxLength: depth > 0 ? 3 : 2 }).chain((kinds) =>
    kinds.length === 0 ? fc.constant([]) : fc.tuple(...kinds.map((isFolder, i) => (isFolder && depth > 0 ? folder(`${prefix}-${i}`, depth - 1) : request(`${prefix}-${i}`)))),
  );
}

function folder(id: string, depth: number): fc.Arbitrary<CollectionFolder> {
  return fc.record({ name, auth, variables: rows, description, notRun, items: items(id, depth) }).map(({ description: d, ...f }) => ({ kind: 'folder' as const, id, ...f, ...(d !== undefined && { description: d }) }));
}

/** A whole collection, folders up to three deep. */
export function arbitraryCollection(): fc.Arbitrary<Collection> {
  return fc.record({ name, auth, variables: rows, description, notRun, items: items('i', 3) }).map(({ description: d, ...c }) => ({
    id: 'c-generated',
    ...c,
    ...(d !== undefined && { description: d }),
    origin: { kind: 'created' as const },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}

/** `collection` with every connection auth as "inherit": a connection is a keychain reference and never travels in a file. */
export function withConnectionsAsInherit(collection: Collection): Collection {
  const fix = (a: RequestAuth): RequestAuth => (a.kind === 'connection' ? { kind: 'inherit' } : a);
  const walk = (list: CollectionItem[]): CollectionItem[] =>
    list.map((i) => (i.kind === 'folder' ? { ...i, auth: fix(i.auth), items: walk(i.items) } : { ...i, request: { ...i.request, auth: fix(i.request.auth) } }));
  return { ...collection, auth: fix(collection.auth), items: walk(collection.items) };
}
