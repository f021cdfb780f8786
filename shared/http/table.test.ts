import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { computeColumns, flattenItem, sortRows, tableFromBody } from './table';

const volumes = {
  items: [
    { id: 'v10', name: 'vol10', sizeMiB: 2048, system: { id: 's1', name: 'array-01' }, tags: ['a'], deduplication: true },
    { id: 'v2', name: 'vol2', sizeMiB: 512, system: { id: 's1', name: 'array-01' }, tags: [], deduplication: false },
    { id: 'v3', name: null, sizeMiB: 100000, system: { id: 's2', name: 'array-02' }, tags: [], deduplication: true },
  ],
  total: 3,
  pageLimit: 10,
  pageOffset: 0,
};

describe('table view', () => {
  it('flattens nested objects into dotted columns and keeps arrays as values', () => {
    expect(flattenItem(volumes.items[0])).toEqual({ id: 'v10', name: 'vol10', sizeMiB: 2048, 'system.id': 's1', 'system.name': 'array-01', tags: ['a'], deduplication: true });
    expect(flattenItem({ a: { b: 1 } }, { separator: '/' })).toEqual({ 'a/b': 1 });
    expect(flattenItem('plain')).toEqual({ value: 'plain' });
  });

  it('finds the items and picks id and name first among simple, filled columns', () => {
    const table = tableFromBody(volumes);
    expect(table?.itemsPath).toBe('items');
    expect(table?.columns.all).toEqual(['id', 'name', 'sizeMiB', 'system.id', 'system.name', 'tags', 'deduplication']);
    expect(table?.columns.defaults.slice(0, 2)).toEqual(['id', 'name']);
    expect(table?.columns.defaults).not.toContain('tags');
    expect(computeColumns([{ a: 1 }, { b: 2 }], { maxDefaults: 1 }).defaults).toHaveLength(1);
  });

  it('sorts naturally, numbers by value, empties last in both directions', () => {
    const rows = tableFromBody(volumes)!.rows;
    expect(sortRows(rows, 'name').map((r) => r.id)).toEqual(['v2', 'v10', 'v3']);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.id)).toEqual(['v10', 'v2', 'v3']);
    expect(sortRows(rows, 'sizeMiB', 'desc').map((r) => r.id)).toEqual(['v3', 'v10', 'v2']);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not real numbers', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('writes a header and CRLF lines', () => {
    expect(toCsv([{ id: 'v1', name: 'a,b' }, { id: '=1' }], ['id', 'name'])).toBe(`id,name\r\nv1,"a,b"\r\n'=1,\r\n`);
  });
});
