import { describe, expect, it } from 'vitest';
import { buildSort, parseSort, sortInfo } from './sort-builder';

describe('sort helper', () => {
  it('writes and reads `id asc,name desc`', () => {
    const keys = [{ field: 'id', direction: 'asc' as const }, { field: 'name', direction: 'desc' as const }, { field: ' ', direction: 'asc' as const }];
    expect(buildSort(keys)).toBe('id asc,name desc');
    expect(buildSort(keys, { singleField: true })).toBe('id asc');
    expect(parseSort('id asc, name DESC,createdAt')).toEqual([
      { field: 'id', direction: 'asc' },
      { field: 'name', direction: 'desc' },
      { field: 'createdAt', direction: 'asc' },
    ]);
  });

  it('notices single-field rules and allowed fields in the wording HPE uses', () => {
    expect(sortInfo({ description: 'A comma separated list... Currently only support\nsorting by 1 property per request' }).singleField).toBe(true);
    expect(sortInfo({ description: 'This takes a single property name followed\nby the direction' }).singleField).toBe(true);
    expect(sortInfo({ description: 'Sort results by a single attribute and allow setting a sorting direction. Sorting is valid only for `name` attribute.' })).toMatchObject({ singleField: true, allowedFields: ['name'] });
    expect(sortInfo({ description: 'Query to sort the response with specified key and order', example: 'id asc,name desc' })).toEqual({ singleField: false, example: 'id asc,name desc' });
    expect(sortInfo({ description: 'Sorting is supported on the following properties:\n* id\n* uuid\n\nMore.', default: 'name asc' })).toEqual({ singleField: false, allowedFields: ['id', 'uuid'], defaultValue: 'name asc' });
    expect(sortInfo({ description: 'The supported properties are `id`, `uuid`, `name` and `mtu`. If not specified…' }).allowedFields).toEqual(['id', 'uuid', 'name', 'mtu']);
  });
});
