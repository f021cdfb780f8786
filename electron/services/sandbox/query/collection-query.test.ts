// The list pipeline (parameters, filter, sort, page, select) and the strict limit/offset readers.
import { describe, expect, it } from 'vitest';
import { itemProjection, queryCollection, type CollectionRules } from './collection-query';
import { buildFieldCatalogue } from './field-catalogue';
import { parseLimit, parseOffset } from './paging';

const items = Array.from({ length: 25 }, (_, i) => ({ id: `id-${String(i).padStart(2, '0')}`, n: i, even: i % 2 === 0 }));
const catalogue = buildFieldCatalogue(items);
const rules: CollectionRules = {
  separator: '/',
  parameters: ['limit', 'offset', 'filter', 'sort', 'select'],
  limit: { default: 10, min: 0, max: 20 },
  sort: { defaultDirection: 'asc' },
};

const run = (query: string, over: Partial<CollectionRules> = {}) =>
  queryCollection(items, catalogue, { ...rules, ...over }, new URLSearchParams(query));

describe('queryCollection', () => {
  it('pages with the default limit and reports the total', () => {
    const page = run('');
    expect(page.items).toHaveLength(10);
    expect(page).toMatchObject({ total: 25, offset: 0, limit: 10 });
  });

  it('returns the slice asked for, and an empty page past the end', () => {
    expect(run('limit=5&offset=20').items.map((item) => (item as { n: number }).n)).toEqual([20, 21, 22, 23, 24]);
    expect(run('offset=999').items).toEqual([]);
    expect(run('offset=999').total).toBe(25);
  });

  it('filters before counting, sorts, then selects', () => {
    const page = run("filter=even eq true and n ge 10&sort=n desc&select=id&limit=3");
    expect(page.total).toBe(8);
    expect(page.items).toEqual([{ id: 'id-24' }, { id: 'id-22' }, { id: 'id-20' }]);
  });

  it('refuses unknown and repeated parameters', () => {
    expect(() => run('colour=red')).toThrow(/Unsupported query parameter 'colour'\. This endpoint accepts: limit, offset, filter, sort, select\./);
    expect(() => run('limit=1&limit=2')).toThrow(/'limit' was given 2 times/);
    expect(() => run('sort=id', { parameters: ['limit'] })).toThrow(/Unsupported query parameter 'sort'/);
  });

  it('treats an empty value as absent', () => {
    expect(run('filter=&select=&limit=').items).toHaveLength(10);
  });

  it('runs a free-text search when the endpoint has one', () => {
    const page = run('all=id-1', { parameters: ['all'], search: (item, text) => (item as { id: string }).id.startsWith(text) });
    expect(page.total).toBe(10);
  });
});

describe('itemProjection', () => {
  it('selects on one item and accepts nothing but select', () => {
    expect(itemProjection(catalogue, rules, new URLSearchParams('select=n'))(items[3])).toEqual({ n: 3 });
    expect(itemProjection(catalogue, rules, new URLSearchParams(''))(items[3])).toBe(items[3]);
    expect(() => itemProjection(catalogue, rules, new URLSearchParams('limit=1'))).toThrow(/accepts: select/);
  });
});

describe('parseLimit and parseOffset', () => {
  const rule = { default: 10, min: 10, max: 100 };
  it.each(['-1', 'abc', '1.5', '1e3', ' 5', '100000', '101', '9', '0x10'])('refuses limit %j', (raw) => {
    expect(() => parseLimit(raw, rule)).toThrow(/Invalid limit value/);
  });
  it('accepts limits within bounds', () => {
    expect(parseLimit('10', rule)).toBe(10);
    expect(parseLimit('100', rule)).toBe(100);
    expect(parseLimit(undefined, rule)).toBe(10);
  });
  it('accepts whole offsets only', () => {
    expect(parseOffset('7')).toBe(7);
    expect(parseOffset(undefined)).toBe(0);
    expect(() => parseOffset('-3')).toThrow(/Invalid offset value '-3'/);
    expect(() => parseOffset('x')).toThrow(/Invalid offset/);
  });
});
