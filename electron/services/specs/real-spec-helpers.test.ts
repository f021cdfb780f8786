/** The request-building helpers of shared/openapi against the real DSCC and COM operations the product brief names. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFromSchema } from '../../../shared/openapi/example-from-schema';
import { buildFilter, filterInfo, presetClause } from '../../../shared/openapi/filter-builder';
import { parseFilter } from '../../../shared/openapi/filter-parser';
import { buildOperationDetail } from '../../../shared/openapi/operation-detail';
import { initialRequestDraft } from '../../../shared/openapi/request-draft';
import { successItemSchema } from '../../../shared/openapi/schema-shape';
import { selectFields, selectInfo, selectValue } from '../../../shared/openapi/select-fields';
import { buildSort, sortInfo } from '../../../shared/openapi/sort-builder';
import type { OperationDetail, ParameterInfo } from '../../../shared/openapi/types';
import { buildRequestUrl } from '../../../shared/openapi/url-builder';
import { prepareSpec } from './import-pipeline';

const fixtures = resolve(__dirname, '../../../e2e/fixtures/specs');
type Lookup = (key: string) => OperationDetail;
let dscc: Lookup;
let com: Lookup;

async function load(file: string): Promise<Lookup> {
  const prepared = await prepareSpec(readFileSync(join(fixtures, file), 'utf8'));
  const { index, doc } = prepared;
  return (key) => {
    const detail = buildOperationDetail(doc, key, { specId: file, format: index.format, servers: index.servers, findings: index.findings });
    if (!detail) throw new Error(`no ${key} in ${file}`);
    return detail;
  };
}

const param = (operation: OperationDetail, name: string): ParameterInfo => {
  const found = operation.parameters.find((p) => p.name === name);
  if (!found) throw new Error(`no parameter ${name}`);
  return found;
};

beforeAll(async () => {
  // The 3.3 MB DSCC YAML is parsed once for this file.
  [dscc, com] = await Promise.all([load('dscc-storage-api-v1.4.0.yaml'), load('com-compute-ops-mgmt-latest.json')]);
}, 60_000);

describe('DSCC GET /api/v1/storage-systems', () => {
  it('lists the item fields of the list envelope, nested with "." as its select description says', () => {
    const operation = dscc('GET /api/v1/storage-systems');
    const info = selectInfo(param(operation, 'select'));
    expect(info).toMatchObject({ separator: '.', nested: true });
    const item = successItemSchema(operation);
    expect(item?.isList).toBe(true);
    const fields = selectFields(item?.schema ?? {}, info.separator).map((f) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['id', 'name', 'systemWWN', 'collectionStatus.configStatus.status', 'associatedLinks.resourceUri']));
    expect(fields).not.toContain('pageLimit');
    expect(selectValue(['id', 'name'], param(operation, 'select'))).toBe('id,name');
  });

  it('writes sort and filter values the way this spec does', () => {
    const operation = dscc('GET /api/v1/storage-systems');
    const sort = sortInfo(param(operation, 'sort'));
    expect(sort).toEqual({ singleField: false, example: 'id asc,name desc' });
    expect(buildSort([{ field: 'id', direction: 'asc' }, { field: 'name', direction: 'desc' }], sort)).toBe('id asc,name desc');
    // This operation's example writes the value bare ("name eq VEGA_CB1507_8400_2N_150").
    const filter = filterInfo(param(operation, 'filter'));
    expect(filter).toMatchObject({ quote: '', evidence: 'name eq VEGA_CB1507_8400_2N_150' });
    expect(buildFilter({ join: 'and', clauses: [{ field: 'name', op: 'eq', value: 'VEGA_CB1507' }, { field: 'state', op: 'ne', value: 'needs attention' }] }, filter.quote)).toBe(
      "name eq VEGA_CB1507 and state ne 'needs attention'",
    );
  });

  it('starts a request with every optional parameter unticked, and builds the URL from the ticked ones', () => {
    const draft = initialRequestDraft(dscc('GET /api/v1/storage-systems'));
    expect(draft.params.map((p) => [p.name, p.enabled, p.value])).toEqual([
      ['limit', false, '10'],
      ['offset', false, '5'],
      ['filter', false, 'name eq VEGA_CB1507_8400_2N_150'],
      ['sort', false, 'id asc,name desc'],
      ['select', false, 'id'],
    ]);
    expect(buildRequestUrl(draft)).toBe('{{baseUrl}}/api/v1/storage-systems');
    const ticked = { ...draft, params: draft.params.map((p) => (p.name === 'sort' || p.name === 'select' ? { ...p, enabled: true, value: p.name === 'select' ? 'id,name' : p.value } : p)) };
    expect(buildRequestUrl(ticked)).toBe('{{baseUrl}}/api/v1/storage-systems?sort=id%20asc,name%20desc&select=id,name');
  });

  it('fills a starting body for a volume from the schema', () => {
    const operation = dscc('POST /api/v1/storage-systems/device-type1/{systemId}/volumes');
    const schema = operation.requestBody?.content[0]?.schema;
    expect(exampleFromSchema(schema ?? {})).toMatchObject({ name: expect.any(String), sizeMib: expect.any(Number), userCpg: expect.any(String) });
  });
});

describe('COM GET /compute-ops-mgmt/v1beta2/servers', () => {
  it('lists server fields nested with "/" (COM says "Nested properties use `/`")', () => {
    const alerts = com('GET /compute-ops-mgmt/v1/alerts');
    const info = selectInfo(param(alerts, 'select'));
    expect(info.separator).toBe('/');
    const item = successItemSchema(com('GET /compute-ops-mgmt/v1beta2/servers'));
    expect(item?.isList).toBe(true);
    const fields = selectFields(item?.schema ?? {}, info.separator).map((f) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['id', 'name', 'host/hostname', 'hardware/serialNumber', 'state/managed']));
  });

  it("quotes filter values with ' as its examples do, and reads its filterable fields and operators", () => {
    const info = filterInfo(param(com('GET /compute-ops-mgmt/v1beta2/servers'), 'filter'));
    expect(info.quote).toBe("'");
    expect(info.fields).toEqual(expect.arrayContaining(['host', 'name', 'state', 'createdAt']));
    expect(info.operators).toEqual(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'contains']);
    const now = new Date('2024-05-01T12:00:00Z');
    const text = buildFilter({ join: 'and', clauses: [{ field: 'host/hostname', op: 'eq', value: 'myServer' }, presetClause('createdAt', 'last7d', now)] }, info.quote);
    expect(text).toBe("host/hostname eq 'myServer' and createdAt ge '2024-04-24T12:00:00.000Z'");
    const back = parseFilter(text);
    expect(back.ok && buildFilter(back.expression, back.quote)).toBe(text);
  });

  it('encodes a server id with + as %2B and leaves the optional filter, limit, offset and Tenant-Acid unticked', () => {
    const list = initialRequestDraft(com('GET /compute-ops-mgmt/v1beta2/servers'));
    expect(list.params.map((p) => [p.name, p.in, p.enabled])).toEqual([
      ['offset', 'query', false],
      ['limit', 'query', false],
      ['filter', 'query', false],
      ['Tenant-Acid', 'header', false],
    ]);
    const one = initialRequestDraft(com('GET /compute-ops-mgmt/v1beta2/servers/{id}'));
    const withId = { ...one, params: one.params.map((p) => (p.name === 'id' ? { ...p, value: 'P06760-B21+2M212504P8' } : p)) };
    expect(withId.params.find((p) => p.name === 'id')?.enabled).toBe(true);
    expect(buildRequestUrl(withId)).toBe('{{baseUrl}}/compute-ops-mgmt/v1beta2/servers/P06760-B21%2B2M212504P8');
    const filtered = { ...list, params: list.params.map((p) => (p.name === 'filter' ? { ...p, enabled: true, value: "id eq 'P06760-B21+2M212504P8'" } : p)) };
    expect(buildRequestUrl(filtered)).toBe('{{baseUrl}}/compute-ops-mgmt/v1beta2/servers?filter=id%20eq%20%27P06760-B21%2B2M212504P8%27');
  });
});
