import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentStore } from '../store/document-store';
import { createSpecsService, type SpecsService } from './specs-service';
import { imported } from './imported-for-tests';

const fixtures = resolve(__dirname, '../../../e2e/fixtures/specs');

/** The "ops" column of SOURCES.md, by file name. */
function expectedOperationCounts(): Map<string, number> {
  const table = readFileSync(join(fixtures, 'SOURCES.md'), 'utf8');
  const counts = new Map<string, number>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+\.(json|yaml))`$/.exec(cells[1] ?? '')?.[1];
    if (file) counts.set(file, Number(cells[6]));
  }
  return counts;
}

const counts = expectedOperationCounts();
const files = readdirSync(fixtures).filter((f) => /\.(json|yaml)$/.test(f)).sort();
let specs: SpecsService;
const ids = new Map<string, string>();

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'shoreline-fixtures-'));
  specs = createSpecsService({ store: createDocumentStore({ folder: dir, by: 'test' }) });
});
afterAll(() => specs.dispose());

describe('every real spec in e2e/fixtures/specs', () => {
  it('has a row in SOURCES.md', () => {
    expect(files).toHaveLength(31);
    expect([...counts.keys()].sort()).toEqual(files);
  });

  it.each(files)('imports %s with the operation count of SOURCES.md', async (file) => {
    const result = await imported(specs.importText({ text: readFileSync(join(fixtures, file), 'utf8'), fileName: file, asNew: true }));
    ids.set(file, result.spec.id);
    expect(result.spec.operationCount).toBe(counts.get(file));
    expect(result.changes.added).toHaveLength(counts.get(file) as number);
    expect(result.spec.validation).toBe('pending');
  }, 60_000);

  it('validates every one of them in the background, one at a time', async () => {
    await specs.whenIdle();
    expect(specs.list().map((s) => s.validation)).toEqual(files.map(() => 'done'));
  }, 120_000);

  it('loads COM (OpenAPI 3.1) although strict validation finds a path parameter without "required"', () => {
    const id = ids.get('com-compute-ops-mgmt-latest.json') as string;
    const report = specs.findings(id);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        source: 'validation',
        path: '#/paths/~1compute-ops-mgmt~1v1beta2~1approval-policies~1{policy_id}/delete/parameters/0',
        operation: 'DELETE /compute-ops-mgmt/v1beta2/approval-policies/{policy_id}',
      }),
    );
    const summary = specs.list().find((s) => s.id === id);
    expect(summary).toMatchObject({ format: 'openapi-3.1', specVersion: '3.1.0', operationCount: 206, findingCounts: { warning: 1 } });
  });

  it('does not follow the SCIM "$ref"s that are example data', async () => {
    const id = ids.get('glp-scim.json') as string;
    expect(specs.findings(id).findings).toEqual([]);
    const patch = specs.tree().find((n) => n.spec.id === id)?.tags.flatMap((t) => t.operations).find((o) => o.method === 'PATCH' && o.path.endsWith('/Groups/{groupId}'));
    const detail = await specs.operation(id, patch?.id as string);
    const examples = detail.requestBody?.content[0]?.examples ?? [];
    expect(JSON.stringify(examples)).toContain('"$ref":"https://example.com/v2/Users/');
  });

  it('lists the reporting operations that have no operationId', () => {
    const id = ids.get('glp-reporting.json') as string;
    const operations = specs.tree().find((n) => n.spec.id === id)?.tags.flatMap((t) => t.operations) ?? [];
    const withoutId = [...new Map(operations.map((o) => [o.id, o])).values()].filter((o) => o.operationId === undefined);
    expect(withoutId).toHaveLength(3);
    expect(withoutId.every((o) => o.path.startsWith('/reporting/'))).toBe(true);
  });

  it('keeps a DSCC operation detail small enough to send to the renderer', async () => {
    const detail = await specs.operation(ids.get('dscc-storage-api-v1.4.0.yaml') as string, 'GET /api/v1/storage-systems');
    expect(detail.operationId).toBe('SystemsList');
    expect(JSON.stringify(detail).length).toBeLessThan(200_000);
  });
});
