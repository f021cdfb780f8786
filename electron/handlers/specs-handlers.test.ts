import { blankRequest } from '../../shared/model/request';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateInput } from '../../shared/contract/dispatch';
import { specsCommands } from '../../shared/contract/specs';
import { createCollectionsService } from '../services/collections/collections-service';
import { createSpecReviewService } from '../services/spec-review/spec-review-service';
import { createSpecsService } from '../services/specs/specs-service';
import { createDocumentStore } from '../services/store/document-store';
import { specsHandlers } from './specs-handlers';
import { imported } from '../services/specs/imported-for-tests';

const dir = mkdtempSync(join(tmpdir(), 'shoreline-specs-handlers-'));
const stores = createDocumentStore({ folder: dir, by: 'test' });
const service = createSpecsService({ store: stores });
const handlers = specsHandlers(service, createSpecReviewService({ stores, specs: service, collections: createCollectionsService({ stores }) }));
const context = { signal: new AbortController().signal };
afterAll(() => service.dispose());

describe('specs handlers', () => {
  it('run every specs.* command on validated input', async () => {
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 'Handled', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'OK' } } } } } });
    const input = specsCommands['specs.importText'].input.parse({ text });
    expect(input.fileName).toBe('pasted-spec.yaml');
    const done = await imported(handlers['specs.importText'](input, context));
    const id = done.spec.id;
    expect(await handlers['specs.list']({}, context)).toHaveLength(1);
    expect((await handlers['specs.tree']({}, context))[0]?.tags[0]?.operations[0]?.id).toBe('GET /a');
    expect((await handlers['specs.operation']({ specId: id, operationId: 'GET /a' }, context)).responses[0]?.status).toBe('200');
    expect((await handlers['specs.findings']({ specId: id }, context)).specId).toBe(id);
    expect(await handlers['specs.setExpanded']({ keys: [`spec:${id}`] }, context)).toEqual([`spec:${id}`]);
    expect(await handlers['specs.getExpanded']({}, context)).toEqual([`spec:${id}`]);
    expect((await handlers['specs.reorder']({ ids: [id] }, context))[0]?.id).toBe(id);
    await handlers['specs.remove']({ id }, context);
    expect(await handlers['specs.list']({}, context)).toEqual([]);
  });

  it('open an operation whose path is about 4,000 characters long, and send, draft and remember it', async () => {
    const path = `/items/${'segment-'.repeat(499)}{id}`;
    expect(path.length).toBeGreaterThan(4000);
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Long paths', version: '1' },
      paths: { [path]: { delete: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'Gone' } } } } },
    });
    const done = await imported(handlers['specs.importText']({ text, fileName: 'long.json' }, context));
    const key = `DELETE ${path}`;
    const checked = validateInput('specs.operation', { specId: done.spec.id, operationId: key });
    expect(checked.ok).toBe(true);
    expect((await handlers['specs.operation']({ specId: done.spec.id, operationId: key }, context)).path).toBe(path);
    const ref = `${done.spec.id}:${key}`;
    const request = { ...blankRequest(), method: 'DELETE', url: `{{baseUrl}}${path}`, pathParams: [{ key: 'id', value: '1' }], operation: { specId: done.spec.id, operationKey: key } };
    expect(validateInput('drafts.put', { key: ref, request }).ok).toBe(true);
    expect(validateInput('drafts.get', { key: ref }).ok).toBe(true);
    expect(validateInput('http.send', { requestId: 'r1', method: 'DELETE', url: `https://example.com${path.replace('{id}', '1')}`, operationId: ref }).ok).toBe(true);
    await handlers['specs.remove']({ id: done.spec.id }, context);
  });

  it('open an operation whose examples nest 20,000 levels deep, through the boundary as JSON', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const body = `{"openapi":"3.0.3","info":{"title":"Deep","version":"1"},"paths":{"/d":{"get":{"parameters":[{"name":"q","in":"query","schema":{"type":"array","enum":[${'['.repeat(20_000)}1${']'.repeat(20_000)}]},"example":${'['.repeat(20_000)}1${']'.repeat(20_000)}}],"responses":{"200":{"description":"OK"}}}}}}`;
    const done = await imported(handlers['specs.importText']({ text: body, fileName: 'deep.json' }, context));
    const detail = await handlers['specs.operation']({ specId: done.spec.id, operationId: 'GET /d' }, context);
    expect(JSON.stringify(detail)).toContain('(nested too deep to show)');
    await handlers['specs.remove']({ id: done.spec.id }, context);
  });

  it('refuse ids that could escape the specs folder, and URLs that are not http(s)', () => {
    expect(specsCommands['specs.remove'].input.safeParse({ id: '../settings' }).success).toBe(false);
    expect(specsCommands['specs.importUrl'].input.safeParse({ url: 'file:///etc/passwd' }).success).toBe(false);
    expect(specsCommands['specs.importUrl'].input.safeParse({ url: 'https://example.com/openapi.json' }).success).toBe(true);
  });
});
