import { describe, expect, it } from 'vitest';
import { exampleFromSchema } from './example-from-schema';
import { resolveSchema } from './schema-resolve';

const doc = {
  components: {
    schemas: {
      Volume: {
        type: 'object',
        required: ['name'],
        properties: {
          id: { type: 'string', readOnly: true },
          name: { type: 'string', example: 'vol-1' },
          sizeMiB: { type: 'integer', minimum: 1024 },
          thin: { type: 'boolean', default: true },
          kind: { type: 'string', enum: ['thin', 'thick'] },
          createdAt: { type: 'string', format: 'date-time' },
          tags: { type: 'array', items: { type: 'string' } },
          parent: { $ref: '#/components/schemas/Volume' },
          secret: { type: 'string', writeOnly: true, nullable: true },
          choice: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
        },
      },
    },
  },
};

describe('exampleFromSchema', () => {
  const schema = resolveSchema(doc, { $ref: '#/components/schemas/Volume' });

  it('builds a request body from examples, defaults, enums and types, stopping at recursion', () => {
    expect(exampleFromSchema(schema)).toEqual({
      name: 'vol-1',
      sizeMiB: 1024,
      thin: true,
      kind: 'thin',
      createdAt: '2024-01-01T00:00:00.000Z',
      tags: ['string'],
      parent: { name: 'vol-1', sizeMiB: 1024, thin: true, kind: 'thin', createdAt: '2024-01-01T00:00:00.000Z', tags: ['string'], parent: {}, secret: 'string', choice: 0 },
      secret: 'string',
      choice: 0,
    });
  });

  it('leaves out writeOnly properties in responses and readOnly ones in requests', () => {
    const response = exampleFromSchema(schema, { mode: 'response', maxDepth: 1 }) as Record<string, unknown>;
    expect(Object.keys(response)).toContain('id');
    expect(Object.keys(response)).not.toContain('secret');
    expect(exampleFromSchema({ type: 'array', items: { type: 'number' } })).toEqual([0]);
    expect(exampleFromSchema({})).toBeNull();
  });
});
