/** Pure edits of a request draft, so the builder's state changes are testable without a screen. */
import type { HistoryEntry } from '../../../shared/contract/history';
import type { DraftParam, RequestDraft } from '../../../shared/openapi/request-draft';

/** Identifies a parameter row. */
export type ParamRef = Pick<DraftParam, 'name' | 'in'>;

const same = (a: ParamRef, b: ParamRef) => a.name === b.name && a.in === b.in;

/** Changes one parameter; typing a value ticks the row, as in Postman. */
export function editParam(draft: RequestDraft, ref: ParamRef, patch: Partial<Pick<DraftParam, 'enabled' | 'value'>>): RequestDraft {
  return {
    ...draft,
    params: draft.params.map((p) => {
      if (!same(p, ref)) return p;
      const next = { ...p, ...patch };
      if (patch.value !== undefined && patch.enabled === undefined) {
        const empty = Array.isArray(patch.value) ? patch.value.length === 0 : patch.value === '';
        next.enabled = p.required || !empty;
      }
      return next;
    }),
  };
}

/**
 * Applies the query values of a request sent before (from history) to a fresh draft: rows present in
 * the URL are ticked with their values, every other optional row is unticked.
 */
export function applySentQuery(draft: RequestDraft, entry: Pick<HistoryEntry, 'url' | 'urlTemplate'>): RequestDraft {
  const url = entry.urlTemplate ?? entry.url;
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const values = new Map<string, string[]>();
  for (const pair of query.split('&').filter(Boolean)) {
    const [rawName = '', rawValue = ''] = pair.split('=');
    const name = safeDecode(rawName);
    values.set(name, [...(values.get(name) ?? []), safeDecode(rawValue)]);
  }
  return {
    ...draft,
    params: draft.params.map((p) => {
      if (p.in !== 'query') return p;
      const found = values.get(p.name);
      if (!found) return { ...p, enabled: p.required };
      return { ...p, enabled: true, value: p.isArray ? found.flatMap((v) => v.split(',')) : found.join(',') };
    }),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

/**
 * Carries a saved draft over to the operation as it is now (after a re-import, say): rows that still
 * exist keep their tick and value; new rows start as a fresh draft does; rows that are gone are dropped.
 */
export function reconcileDraft(fresh: RequestDraft, saved: RequestDraft): RequestDraft {
  const kept = new Map(saved.params.map((p) => [`${p.in}:${p.name}`, p]));
  return {
    ...fresh,
    params: fresh.params.map((p) => {
      const old = kept.get(`${p.in}:${p.name}`);
      return old ? { ...p, enabled: p.required || old.enabled, value: p.isArray === Array.isArray(old.value) ? old.value : p.value } : p;
    }),
    ...(saved.body !== undefined && fresh.contentType !== undefined && { body: saved.body }),
  };
}
