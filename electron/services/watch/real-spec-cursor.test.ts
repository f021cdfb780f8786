// How the real HPE specs say their audit lists filter by time, as a watch reads it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOperationDetail } from '../../../shared/openapi/operation-detail';
import type { OperationDetail } from '../../../shared/openapi/types';
import { cursorClause, withCursor } from '../../../shared/watch/cursor-filter';
import { readInstant, type Instant } from '../../../shared/watch/instant';
import { cursorCandidates, cursorFromOperation, itemDateFields } from '../../../shared/watch/time-cursor';
import { prepareSpec } from '../specs/import-pipeline';

const fixtures = resolve(__dirname, '../../../e2e/fixtures/specs');

async function operation(file: string, key: string): Promise<OperationDetail> {
  const { index, doc } = await prepareSpec(readFileSync(join(fixtures, file), 'utf8'));
  const detail = buildOperationDetail(doc, key, { specId: 'spec', format: index.format, servers: index.servers, findings: index.findings });
  if (!detail) throw new Error(`no ${key} in ${file}`);
  return detail;
}

const moment = readInstant('2025-03-10T09:00:20.123456Z') as Instant;

describe('time cursors of the real HPE specs', () => {
  it("GreenLake audit log v2beta1: createdAt ge '…' with one fraction digit, as its examples write it", async () => {
    const op = await operation('glp-audit-logs-v2beta1.json', 'GET /audit-log/v2beta1/logs');
    expect(itemDateFields(op)).toContain('createdAt');
    const cursor = cursorFromOperation(op);
    expect(cursor).toEqual({ field: 'createdAt', itemPath: ['createdAt'], quote: "'", format: { fractionDigits: 1, zone: 'Z' }, source: 'spec' });
    expect(cursorClause(cursor!, moment)).toBe("createdAt ge '2025-03-10T09:00:20.1Z'");
    const url = "{{baseUrl}}/audit-log/v2beta1/logs?filter=category%20eq%20'User%20Management'";
    expect(withCursor(url, cursorClause(cursor!, moment))).toBe(
      "{{baseUrl}}/audit-log/v2beta1/logs?filter=category%20eq%20'User%20Management'%20and%20createdAt%20ge%20'2025-03-10T09%3A00%3A20.1Z'",
    );
  });

  it('DSCC audit events: occurredAt, unquoted, whole seconds, as its description writes it', async () => {
    const op = await operation('dscc-storage-api-v1.2.0.json', 'GET /api/v1/audit-events');
    const cursor = cursorFromOperation(op);
    expect(cursor).toEqual({ field: 'occurredAt', itemPath: ['occurredAt'], quote: '', format: { fractionDigits: 0, zone: 'Z' }, source: 'spec' });
    expect(cursorClause(cursor!, moment)).toBe('occurredAt ge 2025-03-10T09:00:20Z');
  });

  it('the platform audit log v1 of seed 003 has no spec here: its documented filter is known by path', () => {
    expect(cursorCandidates("https://global.api.greenlake.hpe.com/audit-log/v1/logs")[0]).toMatchObject({ field: 'createdAt', quote: "'", format: { fractionDigits: 2 }, source: 'known' });
  });
});
