import { describe, expect, it } from 'vitest';
import { createRefScanner, scanRefs } from './ref-scan';

const doc = {
  openapi: '3.1.0',
  paths: {
    '/groups': {
      patch: {
        requestBody: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Patch' },
              example: { members: [{ $ref: 'https://example.com/v2/Users/1' }] },
              examples: { AddUsers: { value: { Operations: [{ value: [{ $ref: 'https://example.com/v2/Users/2' }] }] } } },
            },
          },
        },
        responses: { '200': { $ref: '#/components/responses/Missing' } },
      },
    },
  },
  components: {
    schemas: {
      Patch: {
        type: 'object',
        properties: { example: { $ref: '#/components/schemas/Gone' }, default: { type: 'string', default: { $ref: '#/x' } } },
        'x-internal': { $ref: 'ignored.yaml' },
      },
    },
    parameters: { Remote: { $ref: 'common.yaml#/parameters/Remote' } },
  },
};

describe('scanRefs', () => {
  it('ignores $ref inside example values, defaults and extensions, but not in properties named "example"', () => {
    const scan = scanRefs(doc, 'openapi-3.1');
    expect(scan.dangling.map((r) => r.ref).sort()).toEqual(['#/components/responses/Missing', '#/components/schemas/Gone']);
    expect(scan.dangling.find((r) => r.ref.endsWith('Gone'))?.at).toBe('#/components/schemas/Patch/properties/example');
    expect(scan.external).toEqual([{ ref: 'common.yaml#/parameters/Remote', at: '#/components/parameters/Remote' }]);
    expect(scan.externalFiles).toEqual(['common.yaml']);
  });

  it('gives the same answer when run in small slices', () => {
    const scanner = createRefScanner(doc, 'openapi-3.1');
    let steps = 0;
    while (!scanner.step(2)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(scanner.result()).toEqual(scanRefs(doc, 'openapi-3.1'));
  });
});
