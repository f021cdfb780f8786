/** The component schemas of the generated spec: a realistic resource with 18–28 typed, documented properties. */
import { camel, pick, sentence, seededRandom } from './big-spec-words';

type Schema = Record<string, unknown>;

const states = ['ok', 'degraded', 'failed', 'unknown', 'offline', 'initializing'];
const fieldWords = ['capacity', 'usage', 'serial', 'model', 'vendor', 'location', 'owner', 'priority', 'tier', 'mode', 'region', 'label', 'quota', 'retention', 'latency', 'throughput', 'iops', 'health', 'firmware', 'protocol'];

function property(random: () => number, name: string, subject: string): Schema {
  const description = sentence(random, subject);
  switch (Math.floor(random() * 7)) {
    case 0: return { type: 'integer', format: 'int64', minimum: 0, maximum: 1e12, description, example: Math.floor(random() * 1e6) };
    case 1: return { type: 'string', enum: states.slice(0, 3 + Math.floor(random() * 3)), description, example: 'ok' };
    case 2: return { type: 'boolean', description, default: false };
    case 3: return { type: 'string', format: 'date-time', description, example: '2026-11-02T10:15:00Z', readOnly: true };
    case 4: return { type: 'array', description, items: { type: 'string', maxLength: 64 }, maxItems: 100, example: ['a', 'b'] };
    case 5:
      return {
        type: 'object', description,
        properties: {
          [`${name}Id`]: { type: 'string', description: `Identifier of the ${name}.`, example: '2a0f3c5e' },
          [`${name}Name`]: { type: 'string', description: `Name of the ${name}.`, maxLength: 255 },
          total: { type: 'number', format: 'double', description: `Total ${name} in bytes.` },
          used: { type: 'number', format: 'double', description: `Used ${name} in bytes.` },
        },
      };
    default: return { type: 'string', maxLength: 255, pattern: '^[A-Za-z0-9._-]+$', description, example: `${name}-01` };
  }
}

/** The schemas of one resource: the item, its list page, and its create and update bodies. */
export function resourceSchemas(schemaName: string, subject: string, seed: number): Record<string, Schema> {
  const random = seededRandom(seed);
  const count = 18 + Math.floor(random() * 11);
  const properties: Record<string, Schema> = {};
  for (let i = 0; i < count * 4 && Object.keys(properties).length < count; i++) {
    const name = camel(`${pick(random, fieldWords)}-${pick(random, fieldWords)}`);
    properties[name] = property(random, name, subject);
  }
  properties.parent = { $ref: '#/components/schemas/ResourceRef' };
  const names = Object.keys(properties);
  const ref = { $ref: `#/components/schemas/${schemaName}` };
  return {
    [schemaName]: {
      allOf: [{ $ref: '#/components/schemas/ResourceBase' }, { type: 'object', description: `A ${subject} as the API returns it.`, required: names.slice(0, 4), properties }],
    },
    [`${schemaName}List`]: {
      type: 'object', required: ['items', 'count', 'offset', 'total'],
      properties: {
        items: { type: 'array', items: ref },
        count: { type: 'integer', description: 'Number of items on this page.' },
        offset: { type: 'integer', description: 'Zero-based index of the first item.' },
        total: { type: 'integer', description: 'Number of items that match, on all pages.' },
      },
    },
    [`${schemaName}Create`]: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 255 }, ...Object.fromEntries(names.slice(0, 8).map((n) => [n, properties[n]!])) } },
    [`${schemaName}Update`]: { type: 'object', minProperties: 1, properties: Object.fromEntries(names.slice(4, 10).map((n) => [n, properties[n]!])) },
  };
}

/** Schemas every resource shares. */
export const sharedSchemas: Record<string, Schema> = {
  ResourceBase: {
    type: 'object', required: ['id', 'type', 'resourceUri'],
    properties: {
      id: { type: 'string', description: 'Unique identifier.', example: '5f1c0b7a-9d3e-4a8b-8f0e-2c6d1e9a7b42' },
      type: { type: 'string', description: 'The kind of resource.' },
      name: { type: 'string', maxLength: 255, description: 'Display name.' },
      resourceUri: { type: 'string', format: 'uri-reference', description: 'Path of this resource.' },
      generation: { type: 'integer', format: 'int64', description: 'Changes with every update; send it in If-Match.' },
      createdAt: { type: 'string', format: 'date-time', readOnly: true },
      updatedAt: { type: 'string', format: 'date-time', readOnly: true },
    },
  },
  ResourceRef: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, resourceUri: { type: 'string' }, type: { type: 'string' } } },
  ErrorResponse: {
    type: 'object', required: ['httpStatusCode', 'errorCode', 'message'],
    properties: {
      httpStatusCode: { type: 'integer' }, errorCode: { type: 'string', example: 'HPE_GL_ERROR_BAD_REQUEST' }, message: { type: 'string' },
      debugId: { type: 'string' }, errorDetails: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, subject: { type: 'string' }, description: { type: 'string' } } } } } } },
    },
  },
  ActionResult: { type: 'object', properties: { taskUri: { type: 'string', format: 'uri-reference' }, message: { type: 'string' } } },
};
