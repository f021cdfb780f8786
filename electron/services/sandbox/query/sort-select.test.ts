// The `sort` comparator and the `select` projection.
import { describe, expect, it } from 'vitest';
import { buildFieldCatalogue } from './field-catalogue';
import { compileSelect } from './select';
import { compileSort } from './sort';

const items = [
  { id: 'b', name: 'zeta', size: 10, at: '2024-01-02T00:00:00Z', hw: { model: 'DL380', bmc: { ip: '10.0.0.2' } }, list: [{ n: 1, m: 2 }] },
  { id: 'a', name: 'alpha', size: 9, at: '2024-01-01T23:00:00-02:00', hw: { model: 'DL360', bmc: { ip: '10.0.0.1' } }, list: [] },
  { id: 'c', name: 'alpha', size: 100, at: '2023-12-31T00:00:00Z', hw: { model: null, bmc: null }, list: [{ n: 3, m: 4 }] },
];
const catalogue = buildFieldCatalogue(items);

function sortedIds(sort: string, extra: { maxFields?: number; defaultDirection?: 'asc' | 'desc' } = {}): string[] {
  const comparator = compileSort(sort, { separator: '/', catalogue, defaultDirection: 'asc', ...extra });
  return [...items].sort(comparator).map((item) => item.id);
}

describe('compileSort', () => {
  it('sorts one field either way', () => {
    expect(sortedIds('id')).toEqual(['a', 'b', 'c']);
    expect(sortedIds('id desc')).toEqual(['c', 'b', 'a']);
    expect(sortedIds('id', { defaultDirection: 'desc' })).toEqual(['c', 'b', 'a']);
  });

  it('sorts numbers numerically and date-times as instants', () => {
    expect(sortedIds('size asc')).toEqual(['a', 'b', 'c']);
    // 'a' is 2024-01-02T01:00Z once its -02:00 offset is applied: later than 'b'.
    expect(sortedIds('at asc')).toEqual(['c', 'b', 'a']);
  });

  it('uses later fields to break ties, as in seed 000 (id asc, name desc)', () => {
    expect(sortedIds('name asc, size desc')).toEqual(['c', 'a', 'b']);
    expect(sortedIds('name asc,size asc')).toEqual(['a', 'c', 'b']);
  });

  it('sorts on nested fields, nulls first', () => {
    expect(sortedIds('hw/model asc')).toEqual(['c', 'a', 'b']);
    expect(sortedIds('hw/bmc/ip desc')).toEqual(['b', 'a', 'c']);
  });

  it('refuses more fields than the endpoint allows', () => {
    expect(() => sortedIds('name asc,size desc', { maxFields: 1 })).toThrow(/Only 1 sort property per request/);
    expect(sortedIds('name desc', { maxFields: 1 })).toEqual(['b', 'a', 'c']);
  });

  it.each([
    ['id asc, name dscc', /Unknown sort direction 'dscc' for 'name'/],
    ['bogus asc', /Unknown field 'bogus' in sort/],
    ['id asc,', /Sort expression 2 is empty/],
    ['id asc desc', /Unexpected 'desc'/],
    ['hw desc', /does not hold a single value/],
    ['list/n', /does not hold a single value/],
  ])('refuses %j', (sort, message) => {
    expect(() => sortedIds(sort)).toThrow(message);
  });
});

describe('compileSelect', () => {
  const select = (text: string, alwaysInclude?: string[]) => compileSelect(text, { separator: '/', catalogue, alwaysInclude });

  it('keeps only the named top-level fields, in the item own order', () => {
    expect(select('size,id')(items[0])).toEqual({ id: 'b', size: 10 });
    expect(Object.keys(select('size,id')(items[0]) as object)).toEqual(['id', 'size']);
  });

  it('prunes nested objects to the named children', () => {
    expect(select('hw/bmc/ip, name')(items[0])).toEqual({ name: 'zeta', hw: { bmc: { ip: '10.0.0.2' } } });
    expect(select('hw/bmc/ip')(items[2])).toEqual({ hw: { bmc: null } });
  });

  it('prunes each element of a list', () => {
    expect(select('list/m')(items[0])).toEqual({ list: [{ m: 2 }] });
  });

  it('lets a whole object win over one of its children', () => {
    expect(select('hw/model,hw')(items[1])).toEqual({ hw: items[1]?.hw });
  });

  it('adds the fields the endpoint always returns', () => {
    expect(select('name', ['id'])(items[0])).toEqual({ id: 'b', name: 'zeta' });
  });

  it('refuses empty and unknown fields', () => {
    expect(() => select('id,,name')).toThrow(/Field 2 of select 'id,,name' is empty/);
    expect(() => select('hw.model')).toThrow(/Nested fields are separated with '\/' here: 'hw\/model'/);
    expect(() => select('colour')).toThrow(/Unknown field 'colour' in select/);
  });

  it('follows the DSCC separator when told to', () => {
    const dscc = compileSelect('hw.model', { separator: '.', catalogue });
    expect(dscc(items[0])).toEqual({ hw: { model: 'DL380' } });
  });
});
