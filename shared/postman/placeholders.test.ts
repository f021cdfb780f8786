import { describe, expect, it } from 'vitest';
import { formatCapturePath, parseCapturePath, readCapturePath } from './capture-path';
import { emptyJsonPlaceholders, placeholderOf } from './placeholders';
import { importPostmanCollection } from './index';

describe('OpenAPI-importer placeholders', () => {
  it('recognises a value that is only a placeholder', () => {
    expect(['<string>', '<integer>', '<long>', '<number>', '<uuid>', '<dateTime>', '<date>', '<boolean>', '<API Key>'].map(placeholderOf)).toEqual(['string', 'integer', 'long', 'number', 'uuid', 'dateTime', 'date', 'boolean', 'API Key']);
    expect(['a <string>', '<a href="x">', '<>', '{{x}}', 'plain'].map(placeholderOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('empties quoted and bare placeholders in JSON, keeping its layout, and makes it valid JSON', () => {
    const text = '{\n  "name": "<string>",\n  "size": <long>,\n  "tags": ["<string>", "keep"],\n  "<string>": true,\n  "on": <boolean>\n}';
    const out = emptyJsonPlaceholders(text);
    expect(out.text).toBe('{\n  "name": "",\n  "size": null,\n  "tags": ["", "keep"],\n  "<string>": true,\n  "on": null\n}');
    expect(JSON.parse(out.text)).toEqual({ name: '', size: null, tags: ['', 'keep'], '<string>': true, on: null });
    expect(out.hints).toEqual([
      { key: 'name', hint: 'string' },
      { key: 'size', hint: 'long' },
      { key: '', hint: 'string' },
      { key: 'on', hint: 'boolean' },
    ]);
  });

  it('turns off an Authorization header holding `Bearer <token>`, so the connection signs in', () => {
    const result = importPostmanCollection({
      info: { name: 'p' },
      item: [{ name: 'r', request: { method: 'GET', url: 'u', header: [{ key: 'Authorization', value: 'Bearer <token>' }, { key: 'X-Id', value: '<uuid>', description: 'Trace id' }] } }],
    });
    if (!result.ok) throw new Error(result.error.message);
    const item = result.value.collection.items[0];
    expect(item?.kind === 'request' && item.request.headers).toEqual([
      { key: 'Authorization', value: '', enabled: false, description: 'Expected: Bearer token.' },
      { key: 'X-Id', value: '', enabled: true, description: 'Expected: uuid. Trace id' },
    ]);
  });
});

describe('capture paths', () => {
  it('writes and reads every key exactly', () => {
    const segments = ['items', 0, 'odata.count', 'my key', 'quote"d', 'x'];
    const text = formatCapturePath(segments);
    expect(text).toBe('items[0]["odata.count"]["my key"]["quote\\"d"].x');
    expect(parseCapturePath(text)).toEqual(segments);
    expect(parseCapturePath('')).toEqual([]);
    expect(parseCapturePath('items[')).toBeUndefined();
    expect(parseCapturePath('.a')).toBeUndefined();
  });

  it('reads a value from a parsed body, or nothing when the path leads nowhere', () => {
    const body = { items: [{ id: 'a1', 'odata.count': 2 }] };
    expect(readCapturePath(body, 'items[0].id')).toBe('a1');
    expect(readCapturePath(body, 'items[0]["odata.count"]')).toBe(2);
    expect(readCapturePath(body, 'items[3].id')).toBeUndefined();
    expect(readCapturePath(body, 'items.length')).toBeUndefined();
    expect(readCapturePath(body, '')).toBe(body);
  });
});
