import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentStore } from '../store/document-store';
import { createSpecsService, type SpecsService } from './specs-service';
import { imported } from './imported-for-tests';

const swagger2 = `swagger: "2.0"
info: {title: Petstore 2, version: 1.0.0}
host: petstore.example.com
basePath: /v2
schemes: [https]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: petId, in: path, required: true, type: integer, format: int64}
      responses:
        "200": {description: OK, schema: {$ref: "#/definitions/Pet"}}
    post:
      parameters:
        - {name: petId, in: path, required: true, type: integer}
        - {name: body, in: body, schema: {$ref: "#/definitions/Pet"}}
      responses:
        "201": {description: Created}
definitions:
  Pet:
    type: object
    properties:
      id: {type: integer}
      name: {type: string, example: Rex}
      friends: {type: array, items: {$ref: "#/definitions/Pet"}}
`;

const openapi30 = (title: string, paths: string[], extra = '') => `openapi: 3.0.3
info:
  title: ${title}
  version: "${paths.length}.0"
servers:
  - url: https://api.example.com
paths:
${paths.map((p) => `  ${p}:\n    get:\n      summary: Get ${p}\n      responses:\n        "200":\n          description: OK\n          content:\n            application/json:\n              schema: {$ref: "#/components/schemas/Tree"}\n`).join('')}components:
  schemas:
    Tree:
      type: object
      properties:
        name: {type: string, nullable: true}
        children: {type: array, items: {$ref: "#/components/schemas/Tree"}}
${extra}`;

let server: Server;
let base = '';
let hits: string[] = [];
const served = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    res.writeHead(body === undefined ? 404 : 200);
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise((resolve) => server.close(resolve)));

const open: SpecsService[] = [];
function service(dir: string, events: [string, unknown][] = []): SpecsService {
  const specs = createSpecsService({ store: createDocumentStore({ folder: dir, by: 'test' }), emit: (name, payload) => events.push([name, payload]) });
  open.push(specs);
  return specs;
}
const tempDir = () => mkdtempSync(join(tmpdir(), 'shoreline-specs-'));
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose()));
  hits = [];
});

describe('specs service', () => {
  it('imports Swagger 2.0 YAML, with basePath servers, body parameters and recursive definitions', async () => {
    const specs = service(tempDir());
    const { spec } = await imported(specs.importText({ text: swagger2, fileName: 'petstore.yaml' }));
    expect(spec).toMatchObject({ format: 'swagger-2.0', specVersion: '2.0', operationCount: 2, servers: [{ url: 'https://petstore.example.com/v2' }], source: { kind: 'file', fileName: 'petstore.yaml' } });
    const post = await specs.operation(spec.id, 'POST /pets/{petId}');
    expect(post.requestBody?.content[0]?.schema).toMatchObject({ title: 'Pet', properties: { friends: { items: { $ref: '#/$defs/Pet' } } } });
    expect(specs.tree()[0]?.tags.map((t) => t.name)).toEqual(['pets', 'default']);
    await specs.whenIdle();
    expect(specs.findings(spec.id)).toEqual({ specId: spec.id, validation: 'done', findings: [] });
  });

  it('imports OpenAPI 3.0 YAML with a circular schema, and validates it', async () => {
    const events: [string, unknown][] = [];
    const specs = service(tempDir(), events);
    const { spec } = await imported(specs.importText({ text: openapi30('Trees', ['/trees']), fileName: 'trees.yaml' }));
    const detail = await specs.operation(spec.id, 'GET /trees');
    expect(detail.responses[0]?.content[0]?.schema).toMatchObject({ title: 'Tree', properties: { name: { type: ['string', 'null'] }, children: { items: { $ref: '#/$defs/Tree' } } } });
    await specs.whenIdle();
    expect(specs.list()[0]?.validation).toBe('done');
    expect(events.map(([name]) => name)).toEqual(['specs.changed', 'specs.validated', 'specs.changed']);
    expect(events[1]?.[1]).toEqual({ specId: spec.id, validation: 'done', findingCounts: { error: 0, warning: 0, info: 0 } });
  });

  it('imports a file given as its UTF-8 bytes (JSON or YAML): saved byte for byte, validated from the saved file, asked about like text', async () => {
    const dir = tempDir();
    const specs = service(dir);
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 'Bytes – JSON', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'OK' } } } } } });
    const jsonBytes = new TextEncoder().encode(json);
    const { spec } = await imported(specs.importBytes({ bytes: jsonBytes.slice(), fileName: 'bytes.json' }));
    expect(spec).toMatchObject({ title: 'Bytes – JSON', operationCount: 1, sizeBytes: jsonBytes.byteLength, source: { kind: 'file', fileName: 'bytes.json' } });
    expect(readFileSync(join(dir, 'specs', `${spec.id}.source.json`))).toEqual(Buffer.from(jsonBytes));
    expect((await specs.operation(spec.id, 'GET /a')).path).toBe('/a');
    const yamlBytes = new TextEncoder().encode(openapi30('Bytes YAML', ['/trees', '/more', '/most']));
    const yaml = await imported(specs.importBytes({ bytes: yamlBytes.slice(), fileName: 'trees.yaml' }));
    expect(readFileSync(join(dir, 'specs', `${yaml.spec.id}.source.yaml`))).toEqual(Buffer.from(yamlBytes));
    expect((await specs.operation(yaml.spec.id, 'GET /trees')).path).toBe('/trees');
    await specs.whenIdle();
    expect(specs.list().map((s) => s.validation)).toEqual(['done', 'done']);
    // A much smaller version of the same spec: asked about first, then saved from the bytes it kept.
    const smaller = new TextEncoder().encode(openapi30('Bytes YAML', ['/trees']));
    const outcome = await specs.importBytes({ bytes: smaller.slice(), fileName: 'trees.yaml' });
    if (!('question' in outcome)) throw new Error('expected a question');
    const answered = await specs.resolveImport(outcome.question.pendingId, 'update');
    expect(answered?.spec).toMatchObject({ id: yaml.spec.id, operationCount: 1 });
    expect(readFileSync(join(dir, 'specs', `${yaml.spec.id}.source.yaml`))).toEqual(Buffer.from(smaller));
    const bad = await specs.importBytes({ bytes: new TextEncoder().encode('{"openapi": '), fileName: 'broken.json' }).catch((e: Error) => e);
    expect(bad).toMatchObject({ code: 'spec_invalid', message: expect.stringContaining('not valid JSON') });
  });

  it('loads a spec whose schema refers to nothing, with a finding naming the ref', async () => {
    const specs = service(tempDir());
    const text = openapi30('Dangling', ['/a'], '    Unused:\n      properties:\n        ghost: {$ref: "#/components/schemas/Ghost"}\n');
    const { spec } = await imported(specs.importText({ text, fileName: 'dangling.yaml' }));
    expect(spec.findingCounts.error).toBe(1);
    await specs.whenIdle();
    const { findings } = specs.findings(spec.id);
    expect(findings[0]).toMatchObject({ severity: 'error', message: '"#/components/schemas/Ghost" refers to something that does not exist in this file.', path: '#/components/schemas/Unused/properties/ghost' });
    expect((await specs.operation(spec.id, 'GET /a')).id).toBe('GET /a');
  });

  it('never fetches a remote $ref, and says how many files were not fetched', async () => {
    served.set('/common.yaml', 'Thing: {type: string}\n');
    const specs = service(tempDir());
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Remote refs', version: '1' },
      paths: { '/a': { get: { parameters: [{ $ref: `${base}/common.yaml#/Param` }], responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: `${base}/common.yaml#/Thing` } } } } } } } },
    });
    const { spec } = await imported(specs.importText({ text, fileName: 'remote.json' }));
    await specs.whenIdle();
    const detail = await specs.operation(spec.id, 'GET /a');
    expect(hits).toEqual([]);
    expect(specs.findings(spec.id).findings[0]?.message).toMatch(/^This spec refers to 1 external file that was not fetched \(http:\/\/127\.0\.0\.1:\d+\/common\.yaml\)/);
    expect(detail.responses[0]?.content[0]?.schema).toMatchObject({ 'x-unresolved-ref': `${base}/common.yaml#/Thing` });
    expect(detail.findings.map((f) => f.message)).toContainEqual(expect.stringContaining('not fetched'));
  });

  it('updates a re-imported spec in place and says which operations came and went', async () => {
    const specs = service(tempDir());
    const first = await imported(specs.importText({ text: openapi30('Storage', ['/a', '/b']), fileName: 'storage-v1.yaml' }));
    const second = await imported(specs.importText({ text: openapi30('Storage', ['/b', '/c']), fileName: 'storage-v2.yaml' }));
    expect(second).toMatchObject({ replaced: true, previousVersion: '2.0', changes: { added: ['GET /c'], removed: ['GET /a'], kept: 1 } });
    expect(second.spec.id).toBe(first.spec.id);
    expect(specs.list()).toHaveLength(1);
    // Each answer carries the spec as the tree lists it, so the window draws it without asking for the tree.
    expect(first.node.tags.flatMap((t) => t.operations.map((o) => o.id))).toEqual(['GET /a', 'GET /b']);
    expect(second.node).toEqual(specs.tree()[0]);
    // Same distinctive file name, new title: only a resemblance, so the user is asked (and says "Update").
    const renamed = await specs.importText({ text: openapi30('Storage API v3', ['/c']), fileName: 'storage-v2.yaml' });
    expect(renamed).toMatchObject({ question: { existing: { id: first.spec.id, title: 'Storage' }, incoming: { title: 'Storage API v3', operationCount: 1 } } });
    if (!('question' in renamed)) throw new Error('expected a question');
    expect((await specs.resolveImport(renamed.question.pendingId, 'update'))?.spec.id).toBe(first.spec.id);
    const generic = await imported(specs.importText({ text: openapi30('Other', ['/x']), fileName: 'openapi.yaml' }));
    const generic2 = await imported(specs.importText({ text: openapi30('Another', ['/y']), fileName: 'openapi.yaml' }));
    expect(generic2.spec.id).not.toBe(generic.spec.id);
    const side = await imported(specs.importText({ text: openapi30('Other', ['/x']), fileName: 'openapi.yaml', asNew: true }));
    expect(side.replaced).toBe(false);
    const forced = await imported(specs.importText({ text: openapi30('Anything', ['/z']), fileName: 'z.yaml', replaceId: generic.spec.id }));
    expect(forced).toMatchObject({ replaced: true, spec: { id: generic.spec.id, title: 'Anything' } });
    expect(specs.list()).toHaveLength(4);
  });

  it('asks before touching a spec that an import only resembles, and writes nothing before the answer', async () => {
    const dir = tempDir();
    const specs = service(dir);
    // Two unrelated specs without a title are both "Untitled API", without servers in common.
    const untitled = (paths: string[]) => openapi30('', paths).replace('  title: \n', '').replace('servers:\n  - url: https://api.example.com\n', '');
    const netlify = await imported(specs.importText({ text: untitled(['/sites', '/deploys', '/forms', '/hooks']), fileName: 'netlify.yaml' }));
    expect(netlify.spec.title).toBe('Untitled API');
    const sourceFile = join(dir, 'specs', `${netlify.spec.id}.source.yaml`);
    const original = readFileSync(sourceFile, 'utf8');
    const outcome = await specs.importText({ text: untitled(['/pets']), fileName: 'pets.yaml' });
    if (!('question' in outcome)) throw new Error('expected a question');
    expect(outcome.question).toMatchObject({
      existing: { id: netlify.spec.id, title: 'Untitled API', operationCount: 4, sizeBytes: netlify.spec.sizeBytes },
      incoming: { title: 'Untitled API', operationCount: 1 },
      smaller: true,
    });
    expect(readFileSync(sourceFile, 'utf8')).toBe(original);
    expect(specs.list()).toHaveLength(1);
    const side = await specs.resolveImport(outcome.question.pendingId, 'new');
    expect(side).toMatchObject({ replaced: false });
    expect(specs.list()).toHaveLength(2);
    expect(readFileSync(sourceFile, 'utf8')).toBe(original);
    // An answer is used once; a dropped import changes nothing.
    await expect(specs.resolveImport(outcome.question.pendingId, 'update')).rejects.toMatchObject({ code: 'not_found' });
    const again = await specs.importText({ text: untitled(['/pets', '/owners']), fileName: 'netlify.yaml' });
    if (!('question' in again)) throw new Error('expected a question');
    expect(await specs.resolveImport(again.question.pendingId, 'cancel')).toBeNull();
    expect(specs.list()).toHaveLength(2);
  });

  it('updates the same API in place: same title and the same servers (OpenAPI 3) or host and basePath (Swagger 2)', async () => {
    const specs = service(tempDir());
    const v1 = await imported(specs.importText({ text: swagger2, fileName: 'petstore.yaml' }));
    const v2 = await imported(specs.importText({ text: swagger2.replace('version: 1.0.0', 'version: 1.1.0'), fileName: 'download.yaml' }));
    expect(v2).toMatchObject({ replaced: true, spec: { id: v1.spec.id } });
    // Same title, other servers: another API of the same name, so the user is asked.
    const elsewhere = await specs.importText({ text: swagger2.replace(/host: .*/, 'host: other.example.com').replace(/basePath: .*/, 'basePath: /v9'), fileName: 'pets-elsewhere.yaml' });
    expect('question' in elsewhere).toBe(true);
  });

  it('never lets a much smaller file replace a complete spec silently, even from the same URL', async () => {
    served.set('/specs/big.yaml', openapi30('Big', ['/a', '/b', '/c', '/d', '/e', '/f']));
    const specs = service(tempDir());
    const first = await imported(specs.importUrl({ url: `${base}/specs/big.yaml` }));
    served.set('/specs/big.yaml', openapi30('Big', ['/a']));
    const truncated = await specs.importUrl({ url: `${base}/specs/big.yaml` });
    expect(truncated).toMatchObject({ question: { existing: { id: first.spec.id, operationCount: 6 }, incoming: { operationCount: 1 }, smaller: true } });
    expect(specs.list()[0]?.operationCount).toBe(6);
  });

  it('undoes the last replacement: the previous source and index come back, also after a restart', async () => {
    const dir = tempDir();
    const specs = service(dir);
    expect(specs.lastReplacement()).toBeNull();
    const first = await imported(specs.importText({ text: openapi30('Storage', ['/a', '/b']), fileName: 'storage.yaml' }));
    const original = readFileSync(join(dir, 'specs', `${first.spec.id}.source.yaml`), 'utf8');
    await imported(specs.importText({ text: openapi30('Storage', ['/b', '/c', '/d']), fileName: 'storage.yaml' }));
    expect(specs.lastReplacement()).toEqual({ specId: first.spec.id, title: 'Storage', version: '2.0', replacedBy: '3.0' });
    const restarted = service(dir);
    const back = await restarted.undoReplace();
    expect(back).toMatchObject({ id: first.spec.id, version: '2.0', operationCount: 2 });
    expect(readFileSync(join(dir, 'specs', `${first.spec.id}.source.yaml`), 'utf8')).toBe(original);
    expect(restarted.tree()[0]?.tags.flatMap((t) => t.operations.map((o) => o.id))).toEqual(['GET /a', 'GET /b']);
    expect((await restarted.operation(first.spec.id, 'GET /a')).path).toBe('/a');
    expect(restarted.lastReplacement()).toBeNull();
    await expect(restarted.undoReplace()).rejects.toMatchObject({ code: 'not_found' });
    expect(service(dir).list()[0]).toMatchObject({ version: '2.0', operationCount: 2 });
  });

  it('imports from a URL and updates that spec when the same URL is imported again', async () => {
    served.set('/specs/storage-api.yaml', openapi30('From URL', ['/a']));
    const specs = service(tempDir());
    const first = await imported(specs.importUrl({ url: `${base}/specs/storage-api.yaml` }));
    expect(first.spec.source).toEqual({ kind: 'url', url: `${base}/specs/storage-api.yaml`, fileName: 'storage-api.yaml' });
    served.set('/specs/storage-api.yaml', openapi30('Renamed at the source', ['/a', '/b']));
    const second = await imported(specs.importUrl({ url: `${base}/specs/storage-api.yaml` }));
    expect(second).toMatchObject({ replaced: true, spec: { id: first.spec.id, operationCount: 2 }, changes: { added: ['GET /b'] } });
    await expect(specs.importUrl({ url: `${base}/missing.yaml` })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps specs, findings and the expanded tree across a restart, without the parse cache if need be', async () => {
    const dir = tempDir();
    const before = service(dir);
    const yaml = await imported(before.importText({ text: openapi30('Persisted', ['/a']), fileName: 'persisted.yaml' }));
    const json = await imported(before.importText({ text: JSON.stringify({ openapi: '3.1.0', info: { title: 'Json one', version: '1' }, paths: { '/j': { get: {} } } }), fileName: 'j.json' }));
    before.setExpanded([`spec:${yaml.spec.id}`, `tag:${yaml.spec.id}:default`, `spec:${json.spec.id}`]);
    await before.whenIdle();
    await before.dispose();

    const after = service(dir);
    expect(after.list().map((s) => [s.title, s.validation])).toEqual([['Persisted', 'done'], ['Json one', 'done']]);
    expect(after.tree()[0]?.tags[0]?.operations.map((o) => o.id)).toEqual(['GET /a']);
    expect(after.getExpanded()).toHaveLength(3);
    rmSync(join(dir, 'specs', `${yaml.spec.id}.doc.json`));
    expect((await after.operation(yaml.spec.id, 'GET /a')).summary).toBe('Get /a');
    expect(existsSync(join(dir, 'specs', `${yaml.spec.id}.doc.json`))).toBe(true);
    expect((await after.operation(json.spec.id, 'GET /j')).path).toBe('/j');

    after.reorder([json.spec.id]);
    expect(after.list().map((s) => s.title)).toEqual(['Json one', 'Persisted']);
    await after.remove(yaml.spec.id);
    expect(after.getExpanded()).toEqual([`spec:${json.spec.id}`]);
    expect(readdirSync(join(dir, 'specs')).filter((f) => f.startsWith(yaml.spec.id))).toEqual([]);
    await expect(after.operation(yaml.spec.id, 'GET /a')).rejects.toMatchObject({ code: 'not_found' });
    await expect(after.operation(json.spec.id, 'GET /nope')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('validates again after a restart what was still pending', async () => {
    const dir = tempDir();
    const first = service(dir);
    const { spec } = await imported(first.importText({ text: openapi30('Interrupted', ['/a']), fileName: 'interrupted.yaml' }));
    await first.dispose();
    expect(spec.validation).toBe('pending');
    const second = service(dir);
    expect(second.list()[0]?.validation).toBe('pending');
    await second.whenIdle();
    expect(second.list()[0]?.validation).toBe('done');
  });
});
