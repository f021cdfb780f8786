import { describe, expect, it } from 'vitest';
import { followDef, resolveSchema } from './schema-resolve';

const doc = {
  components: {
    schemas: {
      Node: {
        type: 'object',
        properties: { name: { type: 'string', nullable: true }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, parent: { $ref: '#/components/schemas/Node' } },
      },
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
      B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' }, id: { type: 'integer' } } },
      Wrapper: { properties: { ghost: { $ref: '#/components/schemas/Ghost' }, remote: { $ref: 'common.yaml#/Thing' }, example: { type: 'string', example: { $ref: '#/not/a/ref' } } } },
      Nullable: { $ref: '#/components/schemas/Plain', nullable: true, description: 'overridden' },
      Plain: { type: 'string', description: 'plain' },
    },
  },
};

describe('resolveSchema', () => {
  it('inlines refs and turns recursion into #/$defs, without looping', () => {
    const schema = resolveSchema(doc, { $ref: '#/components/schemas/Node' });
    expect(schema.title).toBe('Node');
    expect(schema.properties).toMatchObject({ children: { type: 'array', items: { $ref: '#/$defs/Node' } }, parent: { $ref: '#/$defs/Node' } });
    expect((schema.$defs as Record<string, unknown>).Node).toMatchObject({ type: 'object', properties: { parent: { $ref: '#/$defs/Node' } } });
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(followDef(schema, { $ref: '#/$defs/Node' })).toMatchObject({ title: 'Node' });
  });

  it('handles mutual recursion', () => {
    const schema = resolveSchema(doc, { $ref: '#/components/schemas/A' });
    expect(schema).toMatchObject({ properties: { b: { properties: { a: { $ref: '#/$defs/A' }, id: { type: 'integer' } } } } });
    expect(Object.keys(schema.$defs as object)).toEqual(['A']);
  });

  it('marks refs to nothing and to other files instead of failing, and leaves example values alone', () => {
    const schema = resolveSchema(doc, { $ref: '#/components/schemas/Wrapper' });
    expect(schema.properties).toMatchObject({
      ghost: { 'x-unresolved-ref': '#/components/schemas/Ghost', description: expect.stringContaining('does not exist') },
      remote: { 'x-unresolved-ref': 'common.yaml#/Thing', description: expect.stringContaining('not fetched') },
      example: { type: 'string', example: { $ref: '#/not/a/ref' } },
    });
  });

  it('writes OpenAPI 3.0 nullable as a JSON Schema type list, and lets $ref siblings refine the target', () => {
    expect(resolveSchema(doc, { $ref: '#/components/schemas/Node' }).properties).toMatchObject({ name: { type: ['string', 'null'] } });
    expect(resolveSchema(doc, { $ref: '#/components/schemas/Nullable' })).toEqual({ type: ['string', 'null'], description: 'overridden', title: 'Plain' });
    expect(resolveSchema(doc, { type: 'string', nullable: true }, { format: 'openapi-3.1' })).toEqual({ type: 'string' });
  });

  it('keeps answers small past its budget by writing each component once under $defs', () => {
    const schema = resolveSchema(doc, { type: 'object', properties: { x: { $ref: '#/components/schemas/B' }, y: { $ref: '#/components/schemas/B' } } }, { maxNodes: 1 });
    expect(schema.properties).toEqual({ x: { $ref: '#/$defs/B' }, y: { $ref: '#/$defs/B' } });
    expect(Object.keys(schema.$defs as object).sort()).toEqual(['A', 'B']);
  });
});
