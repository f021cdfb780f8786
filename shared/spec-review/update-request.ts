/**
 * Brings a saved request up to the new version of its operation: parameters that still exist keep
 * their values and ticks, new ones are added empty (a required one shows ticked in the builder, waiting
 * for its value), and those the new version dropped are removed with a note saying what they
 * held. Rows the user added that the spec never declared are kept as they are, and so are the
 * request's auth, variables, captures and notes.
 */
import { draftFromRequest, isRowOf, requestFromDraft } from '../model/operation-draft';
import type { OperationLink, RequestRow, SavedRequest } from '../model/request';
import { initialRequestDraft } from '../openapi/request-draft';
import type { OperationDetail } from '../openapi/types';
import type { OperationSignature } from './operation-signature';

/** The updated request and the notes about what was dropped. */
export interface UpdatedRequest {
  request: SavedRequest;
  /** What was dropped, in words ("Query parameter “tag” was dropped: it held “gold”."); empty when nothing was. */
  notes: string[];
}


/** The address before the path template: `{{baseUrl}}` for `{{baseUrl}}/volumes/{id}`. */
function baseOf(url: string, path: string | undefined): string {
  if (path && url.endsWith(path)) return url.slice(0, url.length - path.length);
  const brace = /^(\{\{[^}]+\}\})/.exec(url);
  return brace?.[1] ?? '{{baseUrl}}';
}

const shown = (value: string) => (value.length > 200 ? `${value.slice(0, 200)}…` : value);

/**
 * `saved` brought to `fresh` (the operation as it is now), linked to `link`. `previous` is the
 * operation as the request was made from; without it, no row counts as dropped (they are all kept).
 */
export function updateRequest(saved: SavedRequest, fresh: OperationDetail, previous: OperationSignature | undefined, link: OperationLink): UpdatedRequest {
  const start = initialRequestDraft(fresh);
  // New parameters come in empty: a default the spec suggests is one click away in the builder, but nothing is sent unasked.
  const empty = { ...start, params: start.params.map((p) => ({ ...p, value: p.isArray ? [] : '' })) };
  const draft = draftFromRequest(empty, saved);
  const built = requestFromDraft(draft, link, baseOf(saved.url, previous?.path));
  const fresher = fresh.parameters;
  const inNew = (where: 'query' | 'header', row: RequestRow) => fresher.some((p) => isRowOf(p, where, row));
  const inOld = (where: 'query' | 'header', row: RequestRow) => previous?.params.some((p) => isRowOf(p, where, row)) ?? false;
  const notes: string[] = [];
  const extras = (where: 'query' | 'header', rows: readonly RequestRow[]) =>
    rows.filter((row) => {
      if (inNew(where, row)) return false;
      if (!inOld(where, row)) return true;
      if (row.value !== '' || row.enabled) notes.push(`${where === 'query' ? 'Query parameter' : 'Header'} “${row.key}” was dropped: the new version does not have it. It held “${shown(row.value)}”${row.enabled ? '' : ' (unticked)'}.`);
      return false;
    });
  for (const p of saved.pathParams) {
    const stillThere = fresher.some((f) => f.in === 'path' && f.name === p.key);
    if (!stillThere && p.value !== '') notes.push(`Path parameter “${p.key}” was dropped: the new version does not have it. It held “${shown(p.value)}”.`);
  }
  let body = built.body;
  if (saved.body.kind !== 'none' && !fresh.requestBody) {
    notes.push('The body was dropped: the new version takes none. Undo in the review puts it back.');
  } else if (saved.body.kind === 'form-urlencoded' && fresh.requestBody?.contentTypes.some((t) => /x-www-form-urlencoded/i.test(t))) {
    body = saved.body;
  }
  return {
    request: {
      ...saved,
      method: built.method,
      url: built.url,
      pathParams: built.pathParams,
      query: [...built.query, ...extras('query', saved.query)],
      headers: [...built.headers, ...extras('header', saved.headers)],
      body,
      operation: link,
    },
    notes,
  };
}

/** The request's notes with a dated paragraph about an update appended (nothing when there is nothing to say). */
export function withUpdateNote(description: string | undefined, heading: string, notes: readonly string[]): string | undefined {
  if (notes.length === 0) return description;
  const paragraph = `**${heading}**\n\n${notes.map((n) => `- ${n}`).join('\n')}`;
  return description && description.trim() !== '' ? `${description.trimEnd()}\n\n${paragraph}` : paragraph;
}
