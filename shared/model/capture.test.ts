import { describe, expect, it } from 'vitest';
import { pathSteps, readCapture, type CaptureAnswer } from './capture';
import type { Capture } from './request';

const answer: CaptureAnswer = {
  status: 200,
  headers: [{ name: 'Location', value: '/tasks/7' }],
  json: { items: [{ id: 'a1', 'odd-name': 5, nested: { ok: true } }], count: 1, empty: null },
};
const capture = (path: string, source: Capture['source'] = 'body'): Capture => ({ variable: 'X', source, path, scope: 'collection', enabled: true });

describe('captures', () => {
  it('read paths as Postman scripts write them', () => {
    expect(pathSteps('items[0].id')).toEqual(['items', 0, 'id']);
    expect(pathSteps('$.items[0]["odd-name"]')).toEqual(['items', 0, 'odd-name']);
    expect(pathSteps(".count")).toEqual(['count']);
    expect(pathSteps("items[0]['nested'].ok")).toEqual(['items', 0, 'nested', 'ok']);
    expect(pathSteps('items[')).toBeUndefined();
  });

  it('save text as it is and anything else as JSON', () => {
    expect(readCapture(capture('items[0].id'), answer)).toEqual({ variable: 'X', scope: 'collection', value: 'a1' });
    expect(readCapture(capture('items[0]["odd-name"]'), answer).value).toBe('5');
    expect(readCapture(capture('items[0].nested'), answer).value).toBe('{"ok":true}');
    expect(readCapture(capture('empty'), answer).value).toBe('null');
    expect(readCapture(capture('', 'status'), answer).value).toBe('200');
    expect(readCapture(capture('location', 'header'), answer).value).toBe('/tasks/7');
  });

  it('say why nothing was saved', () => {
    expect(readCapture(capture('items[3].id'), answer).problem).toBe('The answer has nothing at items[3].id.');
    expect(readCapture(capture('count.length'), answer).problem).toMatch(/nothing at/);
    expect(readCapture(capture('items[0'), answer).problem).toMatch(/not a path/);
    expect(readCapture(capture('x-task', 'header'), answer).problem).toBe('The answer has no x-task header.');
    expect(readCapture(capture('a'), { ...answer, json: undefined }).problem).toMatch(/not JSON/);
    expect(readCapture(capture('constructor'), answer).problem).toMatch(/nothing at/);
  });
});
