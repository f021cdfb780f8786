import { describe, expect, it } from 'vitest';
import type { JsonValue, OperationDetail } from '../openapi/types';
import { cursorClause, hasTopLevelOr, mergeFilter, withCursor } from './cursor-filter';
import { readInstant, type Instant } from './instant';
import { cursorCandidates, cursorFromOperation, cursorFromRequest, knownCursor, timeClauses } from './time-cursor';

const at = readInstant('2025-03-10T09:00:20.123456Z') as Instant;

function operation(filter: { description?: string; example?: string }, itemProperties: Record<string, JsonValue> = {}): Pick<OperationDetail, 'parameters' | 'responses'> {
  return {
    parameters: [{ name: 'filter', in: 'query', required: false, deprecated: false, isArray: false, style: 'form', explode: true, allowReserved: false, ...filter }],
    responses: [
      {
        status: '200',
        description: 'OK',
        headers: [],
        content: [{ contentType: 'application/json', schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: itemProperties } } } } }],
      },
    ],
  };
}

describe('finding the time filter', () => {
  it('reads field, quoting and date format from filter text', () => {
    expect(timeClauses("category eq 'API Gateway' and createdAt ge '2025-01-16T07:54:55.0Z' and createdAt lt '2025-02-16T07:54:55.0Z'")).toEqual([
      { field: 'createdAt', quote: "'", format: { fractionDigits: 1, zone: 'Z' } },
    ]);
    expect(timeClauses('state eq Failure and occurredAt gt 2020-09-08T16:51:33Z')).toEqual([{ field: 'occurredAt', quote: '', format: { fractionDigits: 0, zone: 'Z' } }]);
    expect(timeClauses("name ge 'abc' and size gt 10")).toEqual([]);
  });

  it("takes the request's own filter first (seed 003's startTime included)", () => {
    const url = "{{baseUrl}}/audit-log/v1/logs?filter=startTime%20ge%20'2023-12-18T09:05:53.00Z'&limit=100";
    expect(cursorFromRequest(url)).toEqual({ field: 'startTime', itemPath: ['startTime'], quote: "'", format: { fractionDigits: 2, zone: 'Z' }, source: 'request' });
    expect(cursorCandidates(url).map((c) => `${c.field}:${c.source}`)).toEqual(['startTime:request', 'createdAt:known']);
  });

  it('reads the spec, preferring a field the items declare as a date-time', () => {
    const op = operation(
      { description: 'e.g. size gt 2020-01-01T00:00:00Z or createdAt ge "2024-02-16T07:54:55.000Z"' },
      { createdAt: { type: 'string', format: 'date-time' }, size: { type: 'integer' } },
    );
    expect(cursorFromOperation(op)).toEqual({ field: 'createdAt', itemPath: ['createdAt'], quote: '"', format: { fractionDigits: 3, zone: 'Z' }, source: 'spec' });
    expect(cursorFromOperation(operation({ example: 'name eq x' }))).toBeUndefined();
  });

  it("knows HPE's audit lists by path", () => {
    expect(knownCursor('https://global.api.greenlake.hpe.com/audit-log/v1/logs?limit=10')).toMatchObject({ field: 'createdAt', quote: "'", format: { fractionDigits: 2 } });
    expect(knownCursor('{{baseUrl}}/api/v1/audit-events')).toMatchObject({ field: 'occurredAt', quote: '', format: { fractionDigits: 0 } });
    expect(knownCursor('{{baseUrl}}/api/v1/volumes')).toBeUndefined();
  });
});

describe('writing the cursor into the filter', () => {
  it('writes the clause in the API’s quoting and format', () => {
    expect(cursorClause({ field: 'createdAt', itemPath: ['createdAt'], quote: "'", format: { fractionDigits: 2, zone: 'Z' }, source: 'known' }, at)).toBe("createdAt ge '2025-03-10T09:00:20.12Z'");
    expect(cursorClause({ field: 'occurredAt', itemPath: ['occurredAt'], quote: '', format: { fractionDigits: 0, zone: 'Z' }, source: 'known' }, at)).toBe('occurredAt ge 2025-03-10T09:00:20Z');
  });

  it("joins the user's filter with and, grouping it only around a top-level or", () => {
    const clause = "createdAt ge '2025-03-10T09:00:20Z'";
    expect(mergeFilter(undefined, clause)).toBe(clause);
    expect(mergeFilter("category eq 'User Management'", clause)).toBe(`category eq 'User Management' and ${clause}`);
    expect(mergeFilter("category eq 'A' or category eq 'B'", clause)).toBe(`(category eq 'A' or category eq 'B') and ${clause}`);
    expect(mergeFilter("(category eq 'A' or category eq 'B') and x eq 1", clause)).toBe(`(category eq 'A' or category eq 'B') and x eq 1 and ${clause}`);
    expect(hasTopLevelOr("description eq 'this or that'")).toBe(false);
    expect(hasTopLevelOr("a eq 1 OR b eq 2")).toBe(true);
  });

  it('sets the filter in the URL, keeping other parameters and {{variables}} as written', () => {
    const url = withCursor("{{baseUrl}}/audit-log/v1/logs?limit=50&filter=username%20eq%20'{{user}}'", "createdAt ge '2025-03-10T09:00:20.12Z'");
    expect(url).toBe("{{baseUrl}}/audit-log/v1/logs?limit=50&filter=username%20eq%20'{{user}}'%20and%20createdAt%20ge%20'2025-03-10T09%3A00%3A20.12Z'");
  });
});
