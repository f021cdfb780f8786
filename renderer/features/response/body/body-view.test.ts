import { describe, expect, it } from 'vitest';
import { analyseBody, textRows } from './body-view';
import { formatJsonText } from './json-format';

function rows(text: string, max?: number): string[] {
  const pairs = textRows(text, max);
  const out: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) out.push(text.slice(pairs[i], pairs[i + 1]));
  return out;
}

describe('formatJsonText', () => {
  it('indents like JSON.stringify(…, 2) for ordinary JSON', () => {
    const value = { items: [{ id: 'a', n: 1, ok: true, none: null, nested: { x: [1, 2] }, empty: {}, list: [] }], total: 1 };
    expect(formatJsonText(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
  });
  it('keeps big numbers and odd strings exactly as sent', () => {
    const text = '{"id":9007199254740993,"s":"a \\"quoted\\" {, text} \\\\","e":1.0e+3}';
    expect(formatJsonText(text)).toBe('{\n  "id": 9007199254740993,\n  "s": "a \\"quoted\\" {, text} \\\\",\n  "e": 1.0e+3\n}');
  });
  it('re-indents JSON that is already pretty or uses other whitespace', () => {
    expect(formatJsonText('[ 1 ,\r\n\t2 ]')).toBe('[\n  1,\n  2\n]');
    expect(formatJsonText('  "just a string"  ')).toBe('"just a string"');
  });
});

describe('textRows', () => {
  it('splits lines, drops CR, keeps empty lines', () => {
    expect(rows('a\r\nb\n\nc')).toEqual(['a', 'b', '', 'c']);
    expect(rows('')).toEqual(['']);
    expect(rows('x\n')).toEqual(['x', '']);
  });
  it('cuts long lines into rows of at most maxChars', () => {
    expect(rows('abcdefg\nhi', 3)).toEqual(['abc', 'def', 'g', 'hi']);
  });
});

describe('analyseBody', () => {
  it('formats JSON and finds the table of its items', () => {
    const view = analyseBody('{"items":[{"id":"1","system":{"name":"array-1"}}],"total":1}', 'json');
    expect(view.json).toBe('valid');
    expect(view.pretty.split('\n')[0]).toBe('{');
    expect(view.table?.rows).toEqual([{ id: '1', 'system.name': 'array-1' }]);
    expect(view.table?.itemsPath).toBe('items');
  });
  it('says when announced JSON is not JSON and shows it as text', () => {
    const view = analyseBody('<html>oops</html>', 'json');
    expect(view.json).toBe('invalid');
    expect(view.pretty).toBe('<html>oops</html>');
    expect(view.jsonError).toBeTruthy();
    expect(view.table).toBeUndefined();
  });
  it('leaves text alone', () => {
    expect(analyseBody('<b>hi</b>', 'text')).toMatchObject({ json: 'not_json', pretty: '<b>hi</b>' });
  });
});

describe('prettyJson', () => {
  it('uses the exact formatter when a number would lose digits', () => {
    const text = '{"wwn":12345678901234567890}';
    expect(analyseBody(text, 'json').pretty).toBe('{\n  "wwn": 12345678901234567890\n}');
  });
});
