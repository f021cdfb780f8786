import { describe, expect, it } from 'vitest';
import { createBodyDocument, fullTextLimit } from './body-document';
import { pageRows } from './paged-lines';

const list = (n: number) => JSON.stringify({ items: Array.from({ length: n }, (_, i) => ({ id: `v${i}`, system: { name: `array-${i % 3}` } })) });

describe('createBodyDocument', () => {
  it('sends a small text whole, with its rows, and answers rows of either text', () => {
    const doc = createBodyDocument('{"a":[1,2]}', 'json');
    expect(doc.meta.json).toBe('valid');
    expect(doc.meta.pretty.text).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(doc.meta.pretty.rowCount).toBe(6);
    expect(Array.from(doc.meta.raw.rows ?? [])).toEqual([0, 11]);
    expect(doc.lines('pretty', 1, 3)).toEqual(['  "a": [', '    1,']);
    expect(doc.lines('raw', 0, 5)).toEqual(['{"a":[1,2]}']);
    expect(doc.lines('pretty', 5, 99)).toEqual(['}']);
  });

  it('keeps a big text to itself and sends its size and first page only', () => {
    const text = `${'x'.repeat(399)}\n`.repeat(Math.ceil(fullTextLimit / 400) + 10);
    const doc = createBodyDocument(text, 'text');
    expect(doc.meta.json).toBe('not_json');
    expect(doc.meta.raw.text).toBeUndefined();
    expect(doc.meta.raw.rows).toBeUndefined();
    expect(doc.meta.raw.length).toBe(text.length);
    expect(doc.meta.raw.rowCount).toBe(text.length / 400 + 1);
    expect(doc.meta.raw.head).toHaveLength(pageRows);
    expect(doc.lines('raw', 3, 4)).toEqual(['x'.repeat(399)]);
  });

  it('says why announced JSON could not be read, and offers no table', () => {
    const doc = createBodyDocument('<html>oops</html>', 'json');
    expect(doc.meta.json).toBe('invalid');
    expect(doc.meta.jsonError).toBeTruthy();
    expect(doc.meta.pretty.text).toBe('<html>oops</html>');
    expect(doc.takeTable()).toBeUndefined();
  });

  it('makes the table in batches, with the columns of the rows made', () => {
    const doc = createBodyDocument(list(5), 'json');
    const table = doc.takeTable();
    expect(table?.itemsPath).toBe('items');
    expect(table?.next(3)).toEqual([{ id: 'v0', 'system.name': 'array-0' }, { id: 'v1', 'system.name': 'array-1' }, { id: 'v2', 'system.name': 'array-2' }]);
    expect(table?.next(3)).toHaveLength(2);
    expect(table?.next(3)).toEqual([]);
    expect(table?.columns().all).toEqual(['id', 'system.name']);
  });

  it('gives a whole text as a Blob', async () => {
    const doc = createBodyDocument('{"a":1}', 'json');
    expect(await doc.blob('raw').text()).toBe('{"a":1}');
    expect(await doc.blob('pretty').text()).toBe('{\n  "a": 1\n}');
  });
});

describe('find in a held text', () => {
  it('finds the next row holding the words, in any case, wrapping to the top', () => {
    const doc = createBodyDocument('{"items":[{"name":"Alpha"},{"name":"beta"},{"name":"ALPHA"}]}', 'json');
    const rows = doc.lines('pretty', 0, 99);
    const first = doc.find('pretty', 'alpha', 0);
    expect(rows[first]).toContain('"Alpha"');
    const second = doc.find('pretty', 'alpha', first + 1);
    expect(rows[second]).toContain('"ALPHA"');
    expect(doc.find('pretty', 'alpha', second + 1)).toBe(first);
    expect(doc.find('pretty', 'gamma', 0)).toBe(-1);
    expect(doc.find('raw', 'a.p', 0)).toBe(-1);
  });
});
