import { describe, expect, it } from 'vitest';
import { buildFilter, filterInfo, formatFilterValue, isoDateTime, presetClause, type FilterExpression } from './filter-builder';
import { parseFilter } from './filter-parser';

describe('filter helper', () => {
  it('writes clauses the GreenLake way, quoting strings and dates but not numbers, booleans or null', () => {
    const expression: FilterExpression = {
      join: 'and',
      clauses: [
        { field: 'category', op: 'eq', value: 'API Gateway' },
        { field: 'createdAt', op: 'ge', value: '2023-07-24T04:21:22.00Z', type: 'date-time' },
        { field: 'state/managed', op: 'in', value: ['true', 'false'], type: 'string' },
        { field: 'name', op: 'eq', value: 'null', not: true },
        { field: 'createdAt', op: 'contains', value: '2019' , type: 'string' },
        { field: 'count', op: 'gt', value: '5' },
        { field: '', op: 'eq', value: 'skipped' },
      ],
    };
    expect(buildFilter(expression)).toBe(
      "category eq 'API Gateway' and createdAt ge '2023-07-24T04:21:22.00Z' and state/managed in ('true','false') and not name eq null and contains(createdAt,'2019') and count gt 5",
    );
    expect(buildFilter({ join: 'or', clauses: [{ field: 'a', op: 'eq', value: "O'Brien" }, { field: 'b', op: 'ne', value: 'x' }] })).toBe("a eq 'O''Brien' or b ne 'x'");
  });

  it('leaves values bare where the spec does, but quotes a value that would break the expression', () => {
    expect(formatFilterValue('VEGA_CB1507', 'string', '')).toBe('VEGA_CB1507');
    expect(formatFilterValue('two words', 'string', '')).toBe("'two words'");
    expect(formatFilterValue('169.254.77.160', 'string', '"')).toBe('"169.254.77.160"');
  });

  it('turns dates into ISO-8601 UTC and offers presets from a given now', () => {
    expect(isoDateTime(new Date(Date.UTC(2023, 6, 24, 4, 21, 22)))).toBe('2023-07-24T04:21:22.000Z');
    expect(isoDateTime('2023-07-24T06:21:22+02:00')).toBe('2023-07-24T04:21:22.000Z');
    expect(() => isoDateTime('not a date')).toThrow(RangeError);
    const now = new Date('2024-03-10T12:00:00.000Z');
    expect(presetClause('createdAt', 'lastHour', now)).toEqual({ field: 'createdAt', op: 'ge', value: '2024-03-10T11:00:00.000Z', type: 'date-time' });
    expect(presetClause('createdAt', 'last24h', now).value).toBe('2024-03-09T12:00:00.000Z');
    expect(presetClause('createdAt', 'last7d', now).value).toBe('2024-03-03T12:00:00.000Z');
  });

  it('learns the quote style, fields and operators from the parameter', () => {
    expect(filterInfo({ examples: [{ name: 'eq', value: "username eq 'test@test.com'" }] })).toMatchObject({ quote: "'" });
    expect(filterInfo({ example: 'ipv4address eq "169.254.77.160"' })).toMatchObject({ quote: '"' });
    expect(filterInfo({ example: 'name eq VEGA_CB1507_8400_2N_150' })).toMatchObject({ quote: '', evidence: 'name eq VEGA_CB1507_8400_2N_150' });
    expect(filterInfo({ example: 'isSystemVolume eq false' }).quote).toBe("'");
    expect(filterInfo({ description: 'Nothing useful' }).quote).toBe("'");
    const described = filterInfo({ description: 'The comparisons supported are the following:\n* “eq” : equal\n* “gt” : greater\n\nFilters are supported on the following properties:\n* id\n* name\n' });
    expect(described).toMatchObject({ fields: ['id', 'name'], operators: ['eq', 'gt'] });
  });

  it('reads filter text back into clauses, and says when it cannot', () => {
    const text = "category eq 'API Gateway' and createdAt ge '2025-01-16T07:54:55.0Z' and not name eq null and contains(createdAt,'2019') and state/managed in ('true','false')";
    const parsed = parseFilter(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.quote).toBe("'");
    expect(parsed.expression.clauses).toEqual([
      { field: 'category', op: 'eq', value: 'API Gateway', type: 'string' },
      { field: 'createdAt', op: 'ge', value: '2025-01-16T07:54:55.0Z', type: 'date-time' },
      { field: 'name', op: 'eq', value: 'null', type: 'null', not: true },
      { field: 'createdAt', op: 'contains', value: '2019', type: 'string' },
      { field: 'state/managed', op: 'in', value: ['true', 'false'], type: 'string' },
    ]);
    expect(buildFilter(parsed.expression, parsed.quote)).toBe(text);
    expect(parseFilter('editStatus in (Update_In_Progress,Update_Success)')).toMatchObject({ ok: true, quote: '', expression: { clauses: [{ op: 'in', value: ['Update_In_Progress', 'Update_Success'] }] } });
    expect(parseFilter("a eq 'x' or b eq 'y'")).toMatchObject({ ok: true, expression: { join: 'or' } });
    expect(parseFilter("a eq 'x' and b eq 'y' or c eq 1")).toEqual({ ok: false, reason: 'This filter mixes "and" and "or"; edit it as text.' });
    expect(parseFilter("(a eq 'x')")).toMatchObject({ ok: false });
    expect(parseFilter("a eq 'x")).toMatchObject({ ok: false, reason: expect.stringContaining('never closed') });
    expect(parseFilter('a like x')).toMatchObject({ ok: false, reason: expect.stringContaining('"like"') });
    expect(parseFilter('')).toEqual({ ok: true, expression: { join: 'and', clauses: [] } });
  });
});
