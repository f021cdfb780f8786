/**
 * The operation builder's draft and the request model, both ways. The builder's rows carry the
 * operation's rules (style, explode, required); the model keeps only what the user chose, already
 * in the form it is sent in (`ids=a,b` for a non-exploded list, one row per value for an exploded
 * one). So a model made from a draft sends exactly what the builder sends, and a draft rebuilt from a
 * model over the operation as it is now keeps every value whose parameter still exists.
 */
import { safeDecode } from '../http/query';
import type { DraftParam, RequestDraft } from '../openapi/request-draft';
import { encodeValue } from '../openapi/url-builder';
import { contentKindOf } from '../http/content-kind';
import type { OperationLink, PathParam, RequestBody, RequestRow, SavedRequest } from './request';
import { bodyText } from './request-send';

/** The values a row sends: empty entries dropped, as the builder does. */
function valuesOf(param: DraftParam): string[] {
  return (Array.isArray(param.value) ? param.value : [param.value]).filter((v) => v !== '');
}

/** What joins a non-exploded list in a query or header. */
function separatorOf(param: Pick<DraftParam, 'style' | 'in'>): string {
  if (param.in === 'query' && param.style === 'spaceDelimited') return ' ';
  if (param.in === 'query' && param.style === 'pipeDelimited') return '|';
  return ',';
}

/** True when a list goes as one row per value (`id=1&id=2`). */
function oneRowPerValue(param: DraftParam): boolean {
  return param.isArray && param.explode && param.style !== 'spaceDelimited' && param.style !== 'pipeDelimited';
}

/** A path parameter's text in its style: `a,b`, `.a.b` (label), `;id=a` (matrix). */
function pathText(param: DraftParam): string {
  const values = valuesOf(param);
  if (!param.enabled || values.length === 0) return '';
  switch (param.style) {
    case 'label':
      return `.${values.join(param.explode ? '.' : ',')}`;
    case 'matrix':
      return param.explode ? values.map((v) => `;${param.name}=${v}`).join('') : `;${param.name}=${values.join(',')}`;
    default:
      return values.join(',');
  }
}

/** The values back out of a path parameter's text. */
function pathValues(param: DraftParam, text: string): string[] {
  if (param.style === 'label') return text.replace(/^\./, '').split(param.explode ? '.' : ',');
  if (param.style === 'matrix') {
    const prefix = `;${param.name}=`;
    return param.explode ? text.split(prefix).filter((v) => v !== '') : text.replace(prefix, '').split(',');
  }
  return param.isArray ? text.split(',') : [text];
}

function queryRows(param: DraftParam): RequestRow[] {
  const values = valuesOf(param);
  // The builder sends nothing for a ticked row without a value: neither does the model.
  const enabled = param.enabled && values.length > 0;
  if (!param.isArray) return [{ key: param.name, value: typeof param.value === 'string' ? param.value : values.join(','), enabled }];
  if (values.length === 0) return [{ key: param.name, value: '', enabled: false }];
  if (oneRowPerValue(param) || values.length === 1) return values.map((value) => ({ key: param.name, value, enabled }));
  return [{ key: param.name, value: values.join(separatorOf(param)), enabled }];
}

function headerRow(param: DraftParam): RequestRow {
  const values = valuesOf(param);
  const text = param.isArray ? values.join(',') : typeof param.value === 'string' ? param.value : values.join(',');
  if (param.in === 'cookie') return { key: 'Cookie', value: `${param.name}=${encodeValue(values.join(','))}`, enabled: param.enabled && values.length > 0 };
  return { key: param.name, value: text, enabled: param.enabled && values.length > 0 };
}

function draftBody(draft: RequestDraft): RequestBody {
  if (draft.body === undefined) return { kind: 'none' };
  const contentType = draft.contentType ?? 'application/json';
  return contentKindOf(contentType) === 'json' ? { kind: 'json', text: draft.body, contentType } : { kind: 'text', text: draft.body, contentType };
}

/** The model of a builder draft: `{{baseUrl}}` + the path, every row kept (unticked ones too), linked to `link`. */
export function requestFromDraft(draft: RequestDraft, link?: OperationLink, baseUrl = '{{baseUrl}}'): SavedRequest {
  const pathParams: PathParam[] = draft.params.filter((p) => p.in === 'path').map((p) => ({ key: p.name, value: pathText(p) }));
  const query = draft.params.filter((p) => p.in === 'query').flatMap(queryRows);
  const headers = [...draft.params.filter((p) => p.in === 'header'), ...draft.params.filter((p) => p.in === 'cookie')].map(headerRow);
  return {
    method: draft.method,
    url: `${baseUrl.replace(/\/+$/, '')}${draft.path}`,
    pathParams,
    query,
    headers,
    body: draftBody(draft),
    auth: { kind: 'inherit' },
    variables: [],
    captures: [],
    ...(link && { operation: link }),
  };
}

/**
 * True when the query or header `row` is the row of parameter `param`: a query row by its name, a header
 * by its name in any case, a cookie by its name inside a `Cookie` row.
 */
export function isRowOf(param: Pick<DraftParam, 'in' | 'name'>, where: 'query' | 'header', row: RequestRow): boolean {
  if (where === 'query') return param.in === 'query' && row.key === param.name;
  if (param.in === 'header') return row.key.toLowerCase() === param.name.toLowerCase();
  return param.in === 'cookie' && row.key.toLowerCase() === 'cookie' && row.value.startsWith(`${param.name}=`);
}

/** The query rows and headers the user added to a spec request that its operation does not declare. */
export interface ExtraRows {
  query: RequestRow[];
  headers: RequestRow[];
}

/**
 * The rows of `saved` that none of the draft's parameters own (a header from a Postman import, one the
 * user added): the builder keeps and sends them as they are. `Content-Type` belongs to the body when the
 * operation takes one, so it is not an extra then.
 */
export function extraRowsOf(saved: Pick<SavedRequest, 'query' | 'headers'>, draft: Pick<RequestDraft, 'params' | 'contentType'>): ExtraRows {
  const owned = (where: 'query' | 'header', row: RequestRow) => draft.params.some((p) => isRowOf(p, where, row));
  return {
    query: saved.query.filter((row) => !owned('query', row)),
    headers: saved.headers.filter((row) => !owned('header', row) && !(draft.contentType !== undefined && row.key.toLowerCase() === 'content-type')),
  };
}

/** The rows of `saved` that belong to `param`, with the values they carry for it. */
function savedValues(param: DraftParam, saved: SavedRequest): { enabled: boolean; values: string[] } | undefined {
  if (param.in === 'path') {
    const found = saved.pathParams.find((p) => p.key === param.name);
    if (!found) return undefined;
    return { enabled: found.value !== '', values: found.value === '' ? [] : pathValues(param, found.value) };
  }
  const rows = param.in === 'query' ? saved.query.filter((r) => isRowOf(param, 'query', r)) : saved.headers.filter((r) => isRowOf(param, 'header', r));
  if (rows.length === 0) return undefined;
  const enabled = rows.some((r) => r.enabled);
  const chosen = enabled ? rows.filter((r) => r.enabled) : rows;
  const texts = chosen.map((r) => (param.in === 'cookie' ? safeDecode(r.value.slice(param.name.length + 1)) : r.value));
  if (!param.isArray) return { enabled, values: [texts[0] ?? ''] };
  if (param.in === 'query' && oneRowPerValue(param)) return { enabled, values: texts };
  return { enabled, values: (texts[0] ?? '').split(separatorOf(param)) };
}

/**
 * The builder's draft for `saved` over the operation as it is now (`fresh`): parameters that still
 * exist keep their tick and values, new ones start as a fresh draft does, gone ones are dropped. A
 * saved body is kept when the operation still takes one.
 */
export function draftFromRequest(fresh: RequestDraft, saved: SavedRequest): RequestDraft {
  const params = fresh.params.map((p) => {
    const found = savedValues(p, saved);
    if (!found) return p;
    const values = found.values.filter((v) => v !== '');
    return { ...p, enabled: p.required || found.enabled, value: p.isArray ? values : (found.values[0] ?? '') };
  });
  const body = saved.body.kind === 'none' ? undefined : saved.body.kind === 'form-urlencoded' ? (bodyText(saved.body) ?? '') : saved.body.text;
  return { ...fresh, params, ...(body !== undefined && fresh.contentType !== undefined && { body }) };
}
