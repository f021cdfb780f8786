import { describe, expect, it } from 'vitest';
import { columnWidths, matchColumns, nextSort, showAllColumns, toggleColumn } from './column-state';

describe('column chooser state', () => {
  it('hides a shown column and appends a hidden one', () => {
    expect(toggleColumn(['id', 'name'], 'id')).toEqual(['name']);
    expect(toggleColumn(['id', 'name'], 'system.name')).toEqual(['id', 'name', 'system.name']);
  });
  it('shows all, keeping the current order first', () => {
    expect(showAllColumns(['name', 'id'], ['id', 'name', 'state', 'model'])).toEqual(['name', 'id', 'state', 'model']);
  });
  it('searches by words, treating dots and dashes as spaces', () => {
    const all = ['id', 'name', 'system.name', 'systemWwn', 'capacity-used'];
    expect(matchColumns(all, 'name')).toEqual(['name', 'system.name']);
    expect(matchColumns(all, 'system name')).toEqual(['system.name']);
    expect(matchColumns(all, 'CAPACITY used')).toEqual(['capacity-used']);
    expect(matchColumns(all, '  ')).toEqual(all);
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, unsorted; another column starts ascending', () => {
    const asc = nextSort(undefined, 'name');
    expect(asc).toEqual({ column: 'name', direction: 'asc' });
    const desc = nextSort(asc, 'name');
    expect(desc).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort(desc, 'name')).toBeUndefined();
    expect(nextSort(desc, 'id')).toEqual({ column: 'id', direction: 'asc' });
  });
});

describe('columnWidths', () => {
  it('fits the longest value and the header, within bounds', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ id: String(i), state: i === 7 ? 'DEGRADED' : 'OK', description: i === 0 ? 'x'.repeat(500) : 'short', flag: true }));
    const widths = columnWidths(rows, ['id', 'state', 'description', 'missingColumnName'], (text) => text.length * 10);
    expect(widths.id).toBe(84);
    expect(widths.state).toBe(8 * 10 + 26); // the one DEGRADED counts: the rare value is often the one that matters
    expect(widths.description).toBe(340);
    expect(widths.missingColumnName).toBe(Math.round(17 * 10 * 1.1 + 18 + 26));
  });
  it('estimates from character counts without a measuring function', () => {
    expect(columnWidths([{ name: 'array-0001' }], ['name']).name).toBe(Math.round(10 * 7.2 + 26));
  });
});
