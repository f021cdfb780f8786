import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { specsCommands } from '../../shared/contract/specs';
import { createSpecsService } from '../services/specs/specs-service';
import { createDocumentStore } from '../services/store/document-store';
import { specsHandlers } from './specs-handlers';

const dir = mkdtempSync(join(tmpdir(), 'shoreline-specs-handlers-'));
const service = createSpecsService({ store: createDocumentStore({ folder: dir, by: 'test' }) });
const handlers = specsHandlers(service);
const context = { signal: new AbortController().signal };
afterAll(() => service.dispose());

describe('specs handlers', () => {
  it('run every specs.* command on validated input', async () => {
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 'Handled', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'OK' } } } } } });
    const input = specsCommands['specs.importText'].input.parse({ text });
    expect(input.fileName).toBe('pasted-spec.yaml');
    const imported = await handlers['specs.importText'](input, context);
    const id = imported.spec.id;
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

  it('refuse ids that could escape the specs folder, and URLs that are not http(s)', () => {
    expect(specsCommands['specs.remove'].input.safeParse({ id: '../settings' }).success).toBe(false);
    expect(specsCommands['specs.importUrl'].input.safeParse({ url: 'file:///etc/passwd' }).success).toBe(false);
    expect(specsCommands['specs.importUrl'].input.safeParse({ url: 'https://example.com/openapi.json' }).success).toBe(true);
  });
});
