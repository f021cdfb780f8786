import { describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../shared/openapi/request-draft';
import { applySentQuery, editParam, reconcileDraft } from './draft-edits';

const row = (name: string, required = false, isArray = false) => ({ name, in: 'query' as const, enabled: required, value: isArray ? [] : '', required, isArray, style: 'form', explode: false, allowReserved: false });
const draft: RequestDraft = { method: 'GET', path: '/api/v1/storage-systems', params: [row('select'), row('sort'), row('limit'), row('filter'), row('id', true)] };

describe('editParam', () => {
  it('ticks an optional row when a value is typed and unticks it when cleared', () => {
    const typed = editParam(draft, { name: 'select', in: 'query' }, { value: 'id' });
    expect(typed.params[0]).toMatchObject({ enabled: true, value: 'id' });
    expect(editParam(typed, { name: 'select', in: 'query' }, { value: '' }).params[0]!.enabled).toBe(false);
  });
  it('keeps a required row ticked', () => {
    expect(editParam(draft, { name: 'id', in: 'query' }, { value: '' }).params[4]!.enabled).toBe(true);
  });
  it('changes only the named row', () => {
    const next = editParam(draft, { name: 'sort', in: 'query' }, { enabled: true });
    expect(next.params.map((p) => p.enabled)).toEqual([false, true, false, false, true]);
  });
});

describe('applySentQuery', () => {
  it('ticks the rows the sent URL carried, decoded, and unticks the rest', () => {
    const next = applySentQuery(draft, { url: 'x', urlTemplate: '{{baseUrl}}/api/v1/storage-systems?select=id&sort=id%20asc%2Cname%20desc&filter=name%20eq%20%27a%2Bb%27' });
    expect(next.params.map((p) => [p.name, p.enabled, p.value])).toEqual([
      ['select', true, 'id'],
      ['sort', true, 'id asc,name desc'],
      ['limit', false, ''],
      ['filter', true, "name eq 'a+b'"],
      ['id', true, ''],
    ]);
  });
});

describe('reconcileDraft', () => {
  it('keeps ticks and values of rows that still exist, drops gone ones, adds new ones fresh', () => {
    const saved: RequestDraft = { ...draft, params: [{ ...row('select'), enabled: true, value: 'id' }, { ...row('gone'), enabled: true, value: 'x' }] };
    const fresh: RequestDraft = { ...draft, params: [row('select'), row('sort'), row('id', true)] };
    const next = reconcileDraft(fresh, saved);
    expect(next.params.map((p) => [p.name, p.enabled, p.value])).toEqual([['select', true, 'id'], ['sort', false, ''], ['id', true, '']]);
  });
});
