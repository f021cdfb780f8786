import { describe, expect, it } from 'vitest';
import type { OperationSummary, SpecNode, SpecSummary } from '../../../shared/openapi/types';
import { suggestFirstRequest } from './first-request';

const op = (method: OperationSummary['method'], path: string, summary?: string): OperationSummary => ({ id: `${method} ${path}`, method, path, ...(summary && { summary }), tags: ['t'], deprecated: false });
const spec = (id: string, ...operations: OperationSummary[]): SpecNode => ({ spec: { id } as SpecSummary, tags: [{ name: 't', operations }] });

describe('the first request to suggest', () => {
  it('is "Get all storage systems" when an imported API has it', () => {
    const found = suggestFirstRequest([
      spec('com', op('GET', '/compute-ops/v1beta2/servers', 'List servers')),
      spec('dscc', op('GET', '/api/v1/volumes', 'Get all volumes'), op('POST', '/api/v1/storage-systems'), op('GET', '/api/v1/storage-systems/{id}'), op('GET', '/api/v1/storage-systems', 'Get all storage systems')),
    ]);
    expect(found).toMatchObject({ specId: 'dscc', operation: { path: '/api/v1/storage-systems' } });
  });
  it('else a list that needs nothing filled in, "Get all" or "List" first', () => {
    expect(suggestFirstRequest([spec('x', op('GET', '/health'), op('GET', '/things/{id}', 'Get all parts'), op('GET', '/things', 'List things'))])?.operation.path).toBe('/things');
    expect(suggestFirstRequest([spec('x', op('GET', '/health'))])?.operation.path).toBe('/health');
  });
  it('is nothing when no endpoint is a plain GET', () => {
    expect(suggestFirstRequest([spec('x', op('POST', '/things'), op('GET', '/things/{id}'))])).toBeUndefined();
    expect(suggestFirstRequest([])).toBeUndefined();
  });
});
