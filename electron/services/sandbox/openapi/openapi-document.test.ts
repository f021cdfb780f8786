// The Sandbox's own OpenAPI document: valid, one operation per route, and worded for Shoreline's helpers.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { filterInfo } from '../../../../shared/openapi/filter-builder';
import { selectInfo } from '../../../../shared/openapi/select-fields';
import { sortInfo } from '../../../../shared/openapi/sort-builder';
import { createSandboxData } from '../data/sandbox-data';
import { createApiRoutes } from '../routes/all-routes';
import { buildOpenApiDocument, idExamples, openApiTitle } from './openapi-document';
import type { Schema } from './schema-builders';
import { serverUrlFor } from './server-url';

const start = Date.UTC(2025, 0, 1);
const data = createSandboxData(start);
const routes = createApiRoutes(data, start);
const serverUrl = 'http://127.0.0.1:4010';
const doc = buildOpenApiDocument(routes, idExamples(data, start), serverUrl) as Schema & { paths: Record<string, { get: Operation }> };

interface Parameter {
  name: string;
  in: string;
  description: string;
  example: string | number;
  schema: Schema;
}
interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters: Parameter[];
  responses: Record<string, unknown>;
}

const operations = Object.entries(doc.paths).map(([path, item]) => ({ path, ...item.get }));
const param = (path: string, name: string): Parameter => {
  const found = doc.paths[path]?.get.parameters.find((p) => p.name === name);
  if (!found) throw new Error(`${path} has no ${name}`);
  return found;
};

describe('the OpenAPI document', () => {
  it('passes strict validation (schema and spec) with swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc).toMatchObject({ openapi: '3.0.3', info: { title: openApiTitle, version: '1.0.0' }, servers: [{ url: serverUrl }] });
    expect(doc.components).toMatchObject({
      securitySchemes: { bearer: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: `${serverUrl}/as/token.oauth2`, scopes: {} } } } },
    });
  });

  it('has exactly one GET operation per route the Sandbox serves', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(routes.map((route) => route.pattern).sort());
    for (const item of Object.values(doc.paths)) expect(Object.keys(item)).toEqual(['get']);
    expect(() => buildOpenApiDocument([...routes, { ...routes[0]!, pattern: '/api/v1/hosts' }], idExamples(data, start), serverUrl)).toThrow(/\/api\/v1\/hosts/);
  });

  it('names operations uniquely, by intent, under the four product tags', () => {
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const summaries = Object.fromEntries(operations.map((op) => [op.path, op.summary]));
    expect(summaries).toMatchObject({
      '/api/v1/storage-systems': 'Get all storage systems',
      '/api/v1/storage-systems/{id}': 'Get a storage system',
      '/api/v1/volumes': 'Get all volumes',
      '/api/v1/audit-events': 'Get audit events',
      '/compute-ops-mgmt/v1beta2/servers': 'Get all servers',
      '/compute-ops-mgmt/v1beta2/servers/{id}': 'Get a server',
      '/audit-log/v2beta1/logs': 'Get audit logs',
      '/private-cloud-business/v1beta1/system-software-catalogs': 'Get system software catalogs',
    });
    const tagNames = (doc.tags as { name: string }[]).map((tag) => tag.name);
    expect(tagNames).toEqual(['Data Services (DSCC)', 'Compute Ops Management', 'GreenLake audit log', 'Private Cloud Business Edition']);
    for (const op of operations) expect(tagNames).toContain(op.tags[0]);
  });

  it('declares exactly the query parameters each route accepts, each with an example', () => {
    expect(param('/api/v1/storage-systems', 'limit')).toMatchObject({ schema: { type: 'integer', minimum: 0, maximum: 1000, default: 100 } });
    expect(param('/private-cloud-business/v1beta1/system-software-catalogs', 'limit').schema).toMatchObject({ minimum: 10, maximum: 100, default: 10 });
    expect(doc.paths['/audit-log/v1/logs']?.get.parameters.map((p) => p.name)).toEqual(['filter', 'select', 'all', 'limit', 'offset']);
    expect(doc.paths['/audit-log/v2beta1/logs/{id}']?.get.parameters.map((p) => p.name)).toEqual(['id']);
    for (const op of operations) {
      for (const p of op.parameters) expect(p.example, `${op.operationId} ${p.name}`).toBeDefined();
      expect(Object.keys(op.responses)).toEqual(op.path.endsWith('{id}') ? ['200', '400', '401', '403', '404'] : ['200', '400', '401', '403']);
    }
  });

  it('reads as DSCC (`.`) and COM (`/`) to selectInfo, sortInfo and filterInfo', () => {
    for (const path of ['/api/v1/storage-systems', '/api/v1/storage-systems/{id}', '/api/v1/volumes', '/api/v1/audit-events']) {
      expect(selectInfo(param(path, 'select'), '/'), path).toMatchObject({ separator: '.', nested: true });
    }
    for (const path of ['/compute-ops-mgmt/v1beta2/servers', '/compute-ops/v1beta2/servers/{id}', '/private-cloud-business/v1beta1/system-software-catalogs', '/audit-log/v1/logs']) {
      expect(selectInfo(param(path, 'select'), '.'), path).toMatchObject({ separator: '/', nested: true });
    }
    const v2Select = selectInfo(param('/audit-log/v2beta1/logs', 'select'));
    expect(v2Select).toMatchObject({ nested: false, allowedFields: ['serviceOffer', 'createdAt', 'category', 'hasDetails', 'workspace', 'description', 'username', 'ipAddress', 'additionalInfo'] });
    expect(sortInfo(param('/api/v1/audit-events', 'sort'))).toMatchObject({ singleField: true, example: 'occurredAt desc' });
    for (const path of ['/api/v1/storage-systems', '/api/v1/volumes', '/compute-ops-mgmt/v1beta2/servers', '/audit-log/v2beta1/logs']) {
      expect(sortInfo(param(path, 'sort')), path).toMatchObject({ singleField: false });
      expect(sortInfo(param(path, 'sort')).example, path).toBeDefined();
    }
    for (const op of operations.filter((o) => o.parameters.some((p) => p.name === 'filter'))) {
      expect(filterInfo(param(op.path, 'filter')), op.path).toMatchObject({ quote: "'", operators: ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'contains'] });
    }
    expect(filterInfo(param('/compute-ops-mgmt/v1beta2/servers', 'filter')).fields).toEqual(expect.arrayContaining(['biosFamily', 'hardware', 'state']));
    expect(filterInfo(param('/api/v1/volumes', 'filter')).fields).toBeUndefined();
  });

  it('trusts the Host header only for localhost on its own port', () => {
    expect(serverUrlFor('localhost:4010', serverUrl)).toBe('http://localhost:4010');
    expect(serverUrlFor('127.0.0.1:4010', serverUrl)).toBe(serverUrl);
    expect(serverUrlFor('evil.example.com', serverUrl)).toBe(serverUrl);
    expect(serverUrlFor('localhost:9999', serverUrl)).toBe(serverUrl);
    expect(serverUrlFor(undefined, serverUrl)).toBe(serverUrl);
  });
});
