/**
 * A generated OpenAPI 3.0 document of 10 MB+ with 1,680 operations: 280 resources in 20 groups,
 * each with list/create/get/update/delete/action, shared parameters and error responses, typed
 * schemas and Markdown descriptions. Deterministic: the same file every run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceSchemas, sharedSchemas } from './big-spec-schemas';
import { groups, nouns, paragraph, pascal, seededRandom } from './big-spec-words';

const resourcesPerGroup = 14;
const errors = { '400': 'BadRequest', '401': 'Unauthorized', '403': 'Forbidden', '404': 'NotFound', '429': 'TooManyRequests', '500': 'InternalError' };
const errorRefs = Object.fromEntries(Object.entries(errors).map(([code, name]) => [code, { $ref: `#/components/responses/${name}` }]));

function json(ref: string, description: string) {
  return { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } };
}

function resourcePaths(group: string, noun: string, index: number, sentences: number): Record<string, unknown> {
  const random = seededRandom(index * 7919 + 17);
  const schema = `${pascal(group)}${pascal(noun)}`;
  const base = `/api/v1/${group}/${noun}s`;
  const id = { name: `${noun.replace(/-/g, '')}Id`, in: 'path', required: true, description: `The id of the ${noun}.`, schema: { type: 'string', maxLength: 64 } };
  const op = (verb: string, summary: string, extra: Record<string, unknown>) => ({
    tags: [group], operationId: `${verb}${schema}`, summary, description: paragraph(random, noun, sentences), ...extra,
    responses: { ...(extra.responses as object), ...errorRefs },
  });
  return {
    [base]: {
      get: op('list', `List ${noun}s`, {
        parameters: ['limit', 'offset', 'filter', 'sort', 'select'].map((p) => ({ $ref: `#/components/parameters/${p}` })),
        responses: { '200': json(`${schema}List`, `A page of ${noun}s.`) },
      }),
      post: op('create', `Create a ${noun}`, {
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}Create` } } } },
        responses: { '201': json(schema, `The new ${noun}.`) },
      }),
    },
    [`${base}/{${id.name}}`]: {
      parameters: [id],
      get: op('get', `Get a ${noun}`, { parameters: [{ $ref: '#/components/parameters/select' }], responses: { '200': json(schema, `The ${noun}.`) } }),
      patch: op('update', `Update a ${noun}`, {
        parameters: [{ $ref: '#/components/parameters/ifMatch' }],
        requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { $ref: `#/components/schemas/${schema}Update` } } } },
        responses: { '200': json(schema, `The updated ${noun}.`) },
      }),
      delete: op('delete', `Delete a ${noun}`, { parameters: [{ name: 'force', in: 'query', schema: { type: 'boolean', default: false }, description: 'Delete even when in use.' }], responses: { '204': { description: 'Deleted.' } } }),
    },
    [`${base}/{${id.name}}/actions/refresh`]: {
      parameters: [id],
      post: op('refresh', `Refresh a ${noun}`, { responses: { '202': json('ActionResult', 'The refresh was started.') } }),
    },
  };
}

const parameters = {
  limit: { name: 'limit', in: 'query', description: 'Items per page (1–1000).', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
  offset: { name: 'offset', in: 'query', description: 'Zero-based index of the first item.', schema: { type: 'integer', minimum: 0, default: 0 } },
  filter: { name: 'filter', in: 'query', description: "A filter such as `state eq 'ok' and name in ('a','b')`.", schema: { type: 'string' }, example: "state eq 'ok'" },
  sort: { name: 'sort', in: 'query', description: 'Comma-separated properties, each followed by asc or desc.', schema: { type: 'string' }, example: 'name asc' },
  select: { name: 'select', in: 'query', description: 'Comma-separated properties to return.', schema: { type: 'string' } },
  ifMatch: { name: 'If-Match', in: 'header', description: 'The generation you read, to refuse concurrent updates.', schema: { type: 'string' } },
};

/** The document, with `sentences` sentences in each operation's description. */
export function bigSpecDocument(sentences: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { ...sharedSchemas };
  const taken: Record<string, true> = {};
  let index = 0;
  for (const group of groups) {
    for (let r = 0; r < resourcesPerGroup; r++, index++) {
      const noun = nouns[(index * 7 + r) % nouns.length]!;
      const unique = `${group}/${noun}s` in taken ? `${noun}-${r}` : noun;
      taken[`${group}/${unique}s`] = true;
      Object.assign(paths, resourcePaths(group, unique, index, sentences));
      Object.assign(schemas, resourceSchemas(`${pascal(group)}${pascal(unique)}`, unique, index + 1));
    }
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Generated Fleet Operations API', version: '3.2.0', description: paragraph(seededRandom(1), 'fleet', 12) },
    servers: [{ url: 'https://fleet.example.com' }],
    tags: groups.map((g) => ({ name: g, description: `Everything about ${g}.` })),
    paths,
    components: {
      parameters,
      responses: Object.fromEntries(Object.values(errors).map((name) => [name, json('ErrorResponse', `${name.replace(/([A-Z])/g, ' $1').trim()}.`)])),
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
  };
}

/** A generated spec on disk. */
export interface BigSpec {
  path: string;
  fileBytes: number;
  operations: number;
}

const operationsIn = (doc: Record<string, unknown>) =>
  Object.values(doc.paths as Record<string, Record<string, unknown>>).reduce((n, item) => n + Object.keys(item).filter((k) => k !== 'parameters').length, 0);

/** Writes the smallest document of at least `minBytes` (pretty-printed JSON) into `dir`. */
export function writeBigSpec(dir: string, minBytes: number): BigSpec {
  const measure = (sentences: number) => {
    const doc = bigSpecDocument(sentences);
    const text = JSON.stringify(doc, null, 2);
    return { doc, text, bytes: Buffer.byteLength(text) };
  };
  let low = 0;
  let high = 40;
  for (let step = 0; step < 6 && low < high; step++) {
    const mid = Math.floor((low + high) / 2);
    if (measure(mid).bytes >= minBytes) high = mid;
    else low = mid + 1;
  }
  const best = measure(high);
  const path = join(dir, 'generated-fleet-api.json');
  writeFileSync(path, best.text);
  return { path, fileBytes: best.bytes, operations: operationsIn(best.doc) };
}
