import { describe, expect, it } from 'vitest';
import { resolveSchema } from './schema-resolve';
import { successItemSchema } from './schema-shape';
import { parseSelectValue, selectFields, selectInfo, selectValue } from './select-fields';
import type { OperationDetail } from './types';

const doc = {
  components: {
    schemas: {
      Page: { allOf: [{ $ref: '#/components/schemas/Envelope' }, { properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Server' } } } }] },
      Envelope: { type: 'object', properties: { count: { type: 'integer' }, offset: { type: 'integer' } } },
      Server: {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'The id' },
          state: { type: 'object', properties: { managed: { type: 'boolean' }, health: { type: 'object', properties: { summary: { type: 'string' } } } } },
          interfaces: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
          parent: { $ref: '#/components/schemas/Server' },
        },
      },
    },
  },
};

const operation = (schema: unknown) =>
  ({ responses: [{ status: '200', description: 'OK', headers: [], content: [{ contentType: 'application/json', schema: resolveSchema(doc, schema) }] }] }) as unknown as OperationDetail;

describe('select helper', () => {
  it('finds the item schema inside a list envelope, through allOf', () => {
    const item = successItemSchema(operation({ $ref: '#/components/schemas/Page' }));
    expect(item?.isList).toBe(true);
    expect(item?.schema.title).toBe('Server');
    const plain = successItemSchema(operation({ $ref: '#/components/schemas/Server' }));
    expect(plain?.isList).toBe(false);
  });

  it('lists nested fields with the separator, stopping at recursion and at maxDepth', () => {
    const item = successItemSchema(operation({ $ref: '#/components/schemas/Page' }));
    if (!item) throw new Error('no item schema');
    const slash = selectFields(item.schema, '/');
    expect(slash.map((f) => f.path)).toEqual(['id', 'state', 'state/managed', 'state/health', 'state/health/summary', 'interfaces', 'interfaces/name', 'parent', 'parent/id', 'parent/state', 'parent/state/managed', 'parent/state/health', 'parent/state/health/summary', 'parent/interfaces', 'parent/interfaces/name', 'parent/parent']);
    expect(slash[0]).toEqual({ path: 'id', depth: 0, type: 'string', description: 'The id', isArray: false, hasChildren: false });
    expect(slash.find((f) => f.path === 'interfaces')).toMatchObject({ isArray: true, type: 'object[]', hasChildren: true });
    expect(selectFields(item.schema, '.', { maxDepth: 0 }).map((f) => f.path)).toEqual(['id', 'state', 'interfaces', 'parent']);
    expect(selectFields(item.schema, '.', { maxDepth: 1 }).map((f) => f.path)).toContain('state.health');
  });

  it('reads the separator and limits from the description', () => {
    expect(selectInfo({ description: 'Query to select only the required parameters, separated by . if nested' })).toMatchObject({ separator: '.', nested: true });
    expect(selectInfo({ description: 'Nested properties use `/` as a separator, e.g. `select=interfaces/name`' })).toMatchObject({ separator: '/' });
    expect(selectInfo({ description: 'A query to retrieve only the specified parameters. Use . to denote nested fields.' }).separator).toBe('.');
    expect(selectInfo({ description: 'Example:\n* GET /x?select=id,name,interfaces/network/hostname' }).separator).toBe('/');
    expect(selectInfo({ description: 'Comma separated. Selecting nested properties of an object is not supported.' }).nested).toBe(false);
    expect(selectInfo({ description: 'The `select` parameter. __Note:__ Only the `total` property is supported.' }).allowedFields).toEqual(['total']);
    expect(selectInfo({ description: 'The supported select parameters are:\n * serviceOffer\n * createdAt\n' }).allowedFields).toEqual(['serviceOffer', 'createdAt']);
    expect(selectInfo({ description: 'A list of properties.' }, '.').separator).toBe('.');
  });

  it('writes the value for a string or an array parameter, and reads it back', () => {
    expect(selectValue(['id', 'name'])).toBe('id,name');
    expect(selectValue(['id', 'name'], { isArray: true })).toEqual(['id,name']);
    expect(parseSelectValue('id, name,')).toEqual(['id', 'name']);
    expect(parseSelectValue(['id,key'])).toEqual(['id', 'key']);
  });
});
