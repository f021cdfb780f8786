// The Sandbox's own document imports through the real specs service, as "Explore the Sandbox API" does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterInfo } from '../../../shared/openapi/filter-builder';
import { successItemSchema } from '../../../shared/openapi/schema-shape';
import { selectFields, selectInfo } from '../../../shared/openapi/select-fields';
import { sortInfo } from '../../../shared/openapi/sort-builder';
import type { ParameterInfo } from '../../../shared/openapi/types';
import { createSpecsService, type SpecsService } from '../specs/specs-service';
import { createDocumentStore } from '../store/document-store';
import { startSandbox, type Sandbox } from './sandbox';
import { imported } from '../specs/imported-for-tests';

let sandbox: Sandbox;
let specs: SpecsService;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'shoreline-sandbox-openapi-'));
  specs = createSpecsService({ store: createDocumentStore({ folder: dir, by: 'test' }), emit: () => undefined });
});
afterAll(async () => {
  await specs.dispose();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing /openapi.json with the specs service', () => {
  it('imports every operation under the four tags, and strict validation finds nothing', async () => {
    const text = await (await fetch(sandbox.openApiUrl)).text();
    const { spec } = await imported(specs.importText({ text, fileName: 'openapi.json' }));
    expect(spec).toMatchObject({ title: 'Shoreline Sandbox — GreenLake look-alike', operationCount: 13, servers: [{ url: sandbox.baseUrl }] });
    expect(spec.findingCounts.error).toBe(0);
    await specs.whenIdle();
    expect(specs.findings(spec.id)).toEqual({ specId: spec.id, validation: 'done', findings: [] });
    const tree = specs.tree().find((node) => node.spec.id === spec.id);
    expect(tree?.tags.map((tag) => [tag.name, tag.operations.length])).toEqual([
      ['Data Services (DSCC)', 4],
      ['Compute Ops Management', 4],
      ['GreenLake audit log', 3],
      ['Private Cloud Business Edition', 2],
    ]);

    const param = async (operation: string, name: string): Promise<ParameterInfo> => {
      const found = (await specs.operation(spec.id, operation)).parameters.find((p) => p.name === name);
      if (!found) throw new Error(`${operation} has no ${name}`);
      return found;
    };
    expect(selectInfo(await param('GET /api/v1/volumes', 'select'), '/').separator).toBe('.');
    expect(selectInfo(await param('GET /compute-ops-mgmt/v1beta2/servers', 'select'), '.').separator).toBe('/');
    expect(sortInfo(await param('GET /api/v1/audit-events', 'sort')).singleField).toBe(true);
    expect(sortInfo(await param('GET /api/v1/storage-systems', 'sort')).singleField).toBe(false);
    expect(filterInfo(await param('GET /compute-ops-mgmt/v1beta2/servers', 'filter')).quote).toBe("'");
    const fieldsOf = async (operation: string, separator: '.' | '/') => {
      const item = successItemSchema(await specs.operation(spec.id, operation));
      if (!item) throw new Error(`${operation} has no item schema`);
      return { isList: item.isList, paths: selectFields(item.schema, separator).map((field) => field.path) };
    };
    expect(await fieldsOf('GET /api/v1/volumes', '.')).toMatchObject({ isList: true, paths: expect.arrayContaining(['sizeMiB', 'associatedLinks.type']) });
    expect(await fieldsOf('GET /compute-ops-mgmt/v1beta2/servers', '/')).toMatchObject({ isList: true, paths: expect.arrayContaining(['hardware/health/summary']) });
    expect(await fieldsOf('GET /api/v1/storage-systems/{id}', '.')).toMatchObject({ isList: false, paths: expect.arrayContaining(['fqdn', 'collectionStatus.overAllStatus']) });
    expect(await param('GET /compute-ops-mgmt/v1beta2/servers/{id}', 'id')).toMatchObject({ in: 'path', required: true, example: expect.stringContaining('+') });
  });
});
