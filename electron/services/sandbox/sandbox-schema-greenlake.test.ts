// Audit log v2beta1 and PCBE responses validated against the real HPE specs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { fetchToken, getJson } from './test-support/sandbox-client';
import { loadSpec, withoutRequired, type SpecValidator } from './test-support/spec-validator';

let audit: SpecValidator;
let pcbe: SpecValidator;
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  [audit, pcbe, sandbox] = await Promise.all([
    loadSpec('glp-audit-logs-v2beta1.json'),
    loadSpec('pcbe-private-cloud-business-v1beta1.json'),
    startSandbox(),
  ]);
  token = await fetchToken(sandbox);
});
afterAll(() => sandbox.close());

type Item = Record<string, unknown>;

async function check(spec: SpecValidator, path: string, specPath: string, status: string, bearer = token, relax = false): Promise<Item> {
  const response = await getJson(sandbox, path, bearer);
  expect(response.status).toBe(Number(status));
  const schema = spec.responseSchema(specPath, status);
  expect(spec.errors(relax ? withoutRequired(schema) : schema, response.body)).toEqual([]);
  return response.body;
}

describe('audit log v2beta1 responses match glp-audit-logs-v2beta1.json', () => {
  const list = '/audit-log/v2beta1/logs';

  it('GET /audit-log/v2beta1/logs (AuditLogQueryResponse), all of it, with and without select', async () => {
    const body = await check(audit, `${list}?limit=2000`, list, '200');
    expect(body.items).toHaveLength(300);
    await check(audit, `${list}?select=${encodeURIComponent('createdAt, username, workspace')}`, list, '200', token, true);
  });

  it('GET /audit-log/v2beta1/logs/{id} (AuditLogItem)', async () => {
    const body = await getJson(sandbox, `${list}?limit=5`, token);
    for (const item of body.body.items as Item[]) await check(audit, `${list}/${item.id as string}`, `${list}/{id}`, '200');
  });

  it('error bodies: 400 and 401', async () => {
    await check(audit, `${list}?limit=3000`, list, '400');
    await check(audit, `${list}?filter=${encodeURIComponent("invalidField eq 'x'")}`, list, '400');
    await check(audit, list, list, '401', 'expired.or.forged');
    await check(audit, `${list}/nope`, `${list}/{id}`, '404');
  });

  it('would catch a response that breaks the spec', () => {
    expect(audit.errors(audit.responseSchema(list, '200'), { items: [], count: 0, offset: 0, total: 0 })).not.toEqual([]);
  });
});

describe('PCBE responses match pcbe-private-cloud-business-v1beta1.json', () => {
  const list = '/private-cloud-business/v1beta1/system-software-catalogs';

  it('GET system-software-catalogs (SoftwareCatalogsList), with and without select', async () => {
    await check(pcbe, list, list, '200');
    const selected = await check(pcbe, `${list}?select=eula,systemsWithUpdatePath`, list, '200', token, true);
    expect(Object.keys((selected.items as Item[])[0] ?? {}).sort()).toEqual(['eula', 'systemsWithUpdatePath']);
  });

  it('GET system-software-catalogs/{id} (SoftwareCatalog), with and without select', async () => {
    const body = await getJson(sandbox, list, token);
    for (const item of body.body.items as Item[]) await check(pcbe, `${list}/${item.id as string}`, `${list}/{id}`, '200');
    const first = (body.body.items as Item[])[0]?.id as string;
    await check(pcbe, `${list}/${first}?select=hypervisor/version,name`, `${list}/{id}`, '200', token, true);
  });

  it('error bodies: 400, 401 and 404', async () => {
    await check(pcbe, `${list}?limit=5`, list, '400');
    await check(pcbe, list, list, '401', '');
    await check(pcbe, `${list}/00000000-0000-4000-8000-000000000000`, `${list}/{id}`, '404');
  });

  it('would catch a response that breaks the spec', () => {
    expect(pcbe.errors(pcbe.responseSchema(`${list}/{id}`, '200'), { id: 'not-a-uuid', type: 't' })).not.toEqual([]);
  });
});
