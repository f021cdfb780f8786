import { describe, expect, it } from 'vitest';
import { detectSpec } from './detect-spec';
import { buildOperationDetail } from './operation-detail';
import { buildSpecIndex } from './operation-index';

function detail(doc: unknown, key: string) {
  const detected = detectSpec(doc);
  if (!detected.ok) throw new Error(detected.message);
  const built = buildSpecIndex(doc, detected);
  if (!built.ok) throw new Error(built.message);
  return buildOperationDetail(doc, key, { specId: 's1', format: detected.format, servers: built.index.servers, findings: built.index.findings });
}

const swagger = {
  swagger: '2.0',
  info: { title: 'Legacy', version: '1' },
  host: 'api.example.com',
  basePath: '/v2',
  schemes: ['https'],
  consumes: ['application/json'],
  paths: {
    '/items/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
      put: {
        parameters: [
          { name: 'tags', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' },
          { name: 'fields', in: 'query', type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
          { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } },
        ],
        responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Item' }, examples: { 'application/json': { id: 'x' } } } },
      },
    },
    '/upload': {
      post: { consumes: ['multipart/form-data'], parameters: [{ name: 'file', in: 'formData', type: 'file', required: true }, { name: 'note', in: 'formData', type: 'string' }], responses: { '204': { description: 'Done' } } },
    },
  },
  definitions: { Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, next: { $ref: '#/definitions/Item' } } } },
};

describe('buildOperationDetail', () => {
  it('reads Swagger 2.0: path-level parameters, collectionFormat, body and form parameters', () => {
    const put = detail(swagger, 'PUT /items/{id}');
    expect(put?.servers).toEqual([{ url: 'https://api.example.com/v2' }]);
    expect(put?.parameters.map((p) => [p.name, p.in, p.required, p.isArray, p.style, p.explode])).toEqual([
      ['id', 'path', true, false, 'simple', false],
      ['tags', 'query', false, true, 'form', true],
      ['fields', 'query', false, true, 'form', false],
    ]);
    expect(put?.parameters[2]?.enum).toEqual(['a', 'b']);
    expect(put?.requestBody).toMatchObject({ required: true, contentTypes: ['application/json'], content: [{ contentType: 'application/json', schema: { title: 'Item', required: ['id'] } }] });
    expect(put?.responses[0]).toMatchObject({ status: '200', content: [{ contentType: 'application/json', example: { id: 'x' }, schema: { properties: { next: { $ref: '#/$defs/Item' } } } }] });
    const upload = detail(swagger, 'POST /upload');
    expect(upload?.requestBody).toMatchObject({ required: true, contentTypes: ['multipart/form-data'], content: [{ schema: { type: 'object', required: ['file'] } }] });
  });

  it('reads OpenAPI 3: operation parameters override path-level ones, path parameters are always required', () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/servers/{id}': {
          parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }],
          get: {
            parameters: [
              { $ref: '#/components/parameters/Limit' },
              { name: 'Accept', in: 'header', schema: { type: 'string' } },
              { $ref: '#/components/parameters/Missing' },
              { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string', format: 'uuid' } }, examples: { one: { $ref: '#/components/examples/One' } } },
            ],
            requestBody: { $ref: '#/components/requestBodies/Nope' },
            responses: { '200': { description: 'OK', headers: { 'X-Rate': { description: 'left', schema: { type: 'integer' } } }, content: { 'text/plain': { schema: { type: 'string' } }, 'application/json': { example: { ok: true } } } } },
            servers: [{ url: 'https://op.example.com' }],
            security: [{ bearer: [] }, { basic: [], bearer: [] }],
          },
        },
      },
      components: { parameters: { Limit: { name: 'limit', in: 'query', required: true, schema: { type: 'integer', default: 10 }, description: 'How many' } }, examples: { One: { summary: 'One id', value: ['a'] } } },
    };
    const get = detail(doc, 'GET /servers/{id}');
    expect(get?.parameters.map((p) => [p.name, p.required, p.default])).toEqual([['id', true, undefined], ['limit', true, 10], ['Accept', false, undefined], ['ids', false, undefined]]);
    expect(get?.parameters[3]).toMatchObject({ isArray: true, type: 'string', format: 'uuid', explode: false, style: 'form', examples: [{ name: 'one', summary: 'One id', value: ['a'] }] });
    expect(get?.findings.map((f) => f.message)).toEqual([
      '"#/components/parameters/Missing" refers to something that does not exist in this file.',
      '"#/components/requestBodies/Nope" refers to something that does not exist in this file.',
    ]);
    expect(get?.responses[0]?.content.map((c) => c.contentType)).toEqual(['application/json', 'text/plain']);
    expect(get?.responses[0]?.headers).toEqual([{ name: 'X-Rate', description: 'left', schema: { type: 'integer' } }]);
    expect(get?.servers).toEqual([{ url: 'https://op.example.com' }]);
    expect(get?.security).toEqual(['bearer', 'basic']);
    expect(detail(doc, 'POST /servers/{id}')).toBeUndefined();
  });
});

describe('deeply nested data', () => {
  const deep = (depth: number, leaf: unknown = 1): unknown => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  const doc = {
    openapi: '3.0.3',
    info: { title: 'Deep', version: '1' },
    paths: {
      '/deep': {
        post: {
          parameters: [{ name: 'q', in: 'query', schema: { type: 'array', enum: [deep(20_000)], default: deep(20_000) }, example: deep(20_000) }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', example: { a: deep(20_000) } }, example: deep(20_000), examples: { one: { value: deep(20_000) } } } } },
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: nestedSchema(20_000), example: deep(20_000) } } } },
        },
      },
    },
  };
  function nestedSchema(depth: number): unknown {
    let schema: unknown = { type: 'string' };
    for (let i = 0; i < depth; i++) schema = { type: 'array', items: schema };
    return schema;
  }

  it('builds a detail that can be sent as JSON, marking what is too deep to show', () => {
    const built = detail(doc, 'POST /deep');
    const text = JSON.stringify(built);
    expect(text).toContain('"(nested too deep to show)"');
    const param = built?.parameters[0];
    expect(JSON.stringify(param?.example)).toMatch(/^\[\[\[\[/);
    expect(JSON.stringify(built?.requestBody?.content[0]?.examples)).toContain('(nested too deep to show)');
  });

  it('keeps data of ordinary depth exactly as written', () => {
    const shallow = { ...doc, paths: { '/shallow': { get: { parameters: [{ name: 'q', in: 'query', schema: { type: 'array', enum: [deep(30)] }, example: deep(30, 'x') }], responses: {} } } } };
    const param = detail(shallow, 'GET /shallow')?.parameters[0];
    expect(param?.example).toEqual(deep(30, 'x'));
    expect(param?.schema?.enum).toEqual([deep(30)]);
  });
});
