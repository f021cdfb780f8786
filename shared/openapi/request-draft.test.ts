import { describe, expect, it } from 'vitest';
import { initialRequestDraft } from './request-draft';
import type { OperationDetail, ParameterInfo } from './types';

const p = (x: Partial<ParameterInfo> & Pick<ParameterInfo, 'name' | 'in'>): ParameterInfo => ({
  required: false,
  deprecated: false,
  isArray: false,
  style: x.in === 'query' ? 'form' : 'simple',
  explode: x.in === 'query',
  allowReserved: false,
  ...x,
});

describe('initialRequestDraft', () => {
  it('ticks required parameters only, pre-fills defaults and examples, and skips headers the request sets itself', () => {
    const operation = {
      id: 'POST /v/{id}',
      specId: 's',
      method: 'POST',
      path: '/v/{id}',
      tags: ['default'],
      deprecated: false,
      parameters: [
        p({ name: 'id', in: 'path', required: true, example: 'made-up' }),
        p({ name: 'limit', in: 'query', example: 10 }),
        p({ name: 'sort', in: 'query', default: 'name asc', required: true }),
        p({ name: 'ids', in: 'query', isArray: true, example: ['a', 'b'] }),
        p({ name: 'fields', in: 'query', isArray: true, example: 'id,name' }),
        p({ name: 'Accept', in: 'header' }),
      ],
      requestBody: { required: true, contentTypes: ['application/json'], content: [{ contentType: 'application/json', examples: [{ name: 'one', value: { name: 'x' } }] }] },
      responses: [],
      servers: [],
      findings: [],
    } as OperationDetail;
    const draft = initialRequestDraft(operation);
    expect(draft.params.map((x) => [x.name, x.enabled, x.value])).toEqual([
      ['id', true, ''],
      ['limit', false, '10'],
      ['sort', true, 'name asc'],
      ['ids', false, ['a', 'b']],
      ['fields', false, ['id,name']],
    ]);
    expect(draft.contentType).toBe('application/json');
    expect(draft.body).toBe('{\n  "name": "x"\n}');
  });
});
