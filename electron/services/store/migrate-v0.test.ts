/**
 * Upgrading from Shoreline 0.1: the first start of this version on a folder today's version wrote
 * (fixtures/v0, see its README) keeps every connection, environment, setting, spec, draft and history
 * entry, and leaves every file in the versioned format, private to the user.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../../shared/contract/connections';
import type { Environment } from '../../../shared/contract/environments';
import { draftFromRequest } from '../../../shared/model/operation-draft';
import { initialRequestDraft, type RequestDraft } from '../../../shared/openapi/request-draft';
import { windowStateDocument } from '../app/window-state-document';
import { startServices, type Services } from '../create-services';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createDocumentStore } from './document-store';

const v0 = fileURLToPath(new URL('./fixtures/v0', import.meta.url));
const fixture = <T>(file: string): T => JSON.parse(readFileSync(join(v0, file), 'utf8')) as T;
const v0History = readFileSync(join(v0, 'history.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

let running: Services | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function startOn(folder: string): Promise<Services> {
  running = await startServices({
    userDataDir: folder,
    stores: createDocumentStore({ folder, by: 'the upgrade test' }),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false } },
    version: 'test',
    vault: createMemoryVaultForTests(),
    env: {},
  });
  return running;
}

function copyOfV0(): string {
  const folder = mkdtempSync(join(tmpdir(), 'shoreline-upgrade-'));
  cpSync(v0, folder, { recursive: true });
  return folder;
}

describe('the first start on a folder written by Shoreline 0.1', () => {
  it('keeps every connection, environment and setting', async () => {
    const services = await startOn(copyOfV0());
    const { connections } = fixture<{ connections: Connection[] }>('connections.json');
    expect(connections.length).toBe(5);
    for (const old of connections) {
      // The built-in Sandbox connections are refreshed to this run's port; everything else is as it was.
      const kept = services.connections.get(old.id);
      expect(kept).toEqual(old.builtIn ? { ...old, tokenUrl: kept.tokenUrl } : old);
    }
    const environments = fixture<{ environments: Environment[]; activeId: string }>('environments.json');
    expect(environments.environments.length).toBe(5);
    for (const old of environments.environments) {
      const kept = services.environments.get(old.id);
      expect(kept).toEqual(old.builtIn ? { ...old, variables: kept.variables } : old);
    }
    expect(services.environments.getActive()?.id).toBe(environments.activeId);
    expect(services.settings.get()).toEqual({ ...(fixture('settings.json') as object), autoUpdate: true }); // 0.1 had no update switch: on by default
    expect(services.startupProblems).toEqual([]);
  });

  it('keeps every spec with its operations, findings, order and expanded nodes', async () => {
    const services = await startOn(copyOfV0());
    const registry = fixture<{ order: string[]; expanded: string[] }>('specs/registry.json');
    expect(services.specs.list().map((s) => s.id)).toEqual(registry.order);
    for (const id of registry.order) {
      const old = fixture<{ summary: { title: string; operationCount: number }; operations: { id: string }[]; findings: unknown[] }>(`specs/${id}.json`);
      const node = services.specs.tree().find((n) => n.spec.id === id)!;
      expect(node.spec).toEqual(old.summary);
      expect(node.tags.flatMap((t) => t.operations.map((o) => o.id)).sort()).toEqual(old.operations.map((o) => o.id).sort());
      expect(services.specs.findings(id).findings).toEqual(old.findings);
      // The operation's detail comes from the kept document (the parsed YAML, or the JSON source).
      expect((await services.specs.operation(id, old.operations[0]!.id)).path).toBeTruthy();
    }
    expect(services.specs.getExpanded()).toEqual(registry.expanded);
  });

  it('keeps every draft, as the request model the builder reads back to the same rows', async () => {
    const services = await startOn(copyOfV0());
    const { drafts } = fixture<{ drafts: Record<string, { draft: RequestDraft }> }>('drafts.json');
    expect(Object.keys(drafts)).toHaveLength(3);
    for (const [key, { draft }] of Object.entries(drafts)) {
      const saved = services.drafts.get(key);
      expect(saved, key).not.toBeNull();
      const [specId, operationKey] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      expect(saved!.operation).toEqual({ specId, operationKey });
      const fresh = initialRequestDraft(await services.specs.operation(specId, operationKey));
      const restored = draftFromRequest(fresh, saved!);
      for (const param of draft.params) {
        expect(restored.params.find((p) => p.name === param.name && p.in === param.in), `${key} ${param.name}`).toMatchObject({ enabled: param.enabled, value: param.value });
      }
      if (draft.body !== undefined) expect(restored.body).toBe(draft.body);
    }
    const patch = services.drafts.get(Object.keys(drafts).find((k) => k.includes('PATCH'))!);
    expect(patch?.body).toEqual({ kind: 'json', text: '{\n  "name": "renamed"\n}', contentType: 'application/merge-patch+json' });
  });

  it('keeps every history entry, searchable and re-openable, with the request as the model', async () => {
    const services = await startOn(copyOfV0());
    expect(v0History).toHaveLength(7);
    expect(services.history.list().total).toBe(7);
    expect(services.history.list().entries.map((e) => e.id)).toEqual(v0History.map((e) => e.id).reverse());
    for (const old of v0History) {
      const kept = services.history.get(old.id as string);
      const { request, ...rest } = kept;
      expect(rest).toEqual(old);
      expect(request.method).toBe(old.method);
    }
    const withOperation = v0History.find((e) => e.operationId !== undefined)!;
    expect(services.history.get(withOperation.id as string).request).toMatchObject({
      url: expect.stringMatching(/\/systems$/),
      query: [{ key: 'select', value: 'id,name', enabled: true }, { key: 'sort', value: 'id asc', enabled: true }],
      operation: { operationKey: 'GET /systems' },
    });
    const templated = v0History.find((e) => String(e.urlTemplate).startsWith('{{baseUrl}}') && e.kind === 'send')!;
    expect(services.history.get(templated.id as string).request).toMatchObject({ url: '{{baseUrl}}/api/v1/storage-systems', query: [{ key: 'limit', value: '2', enabled: true }] });
    expect(services.history.list('404').entries.map((e) => e.id)).toEqual(v0History.filter((e) => e.status === 404).map((e) => e.id));
    expect(services.history.list('refused').total).toBe(1);
  });

  it('leaves every file versioned and private, and starts the same way the second time', async () => {
    const folder = copyOfV0();
    await startOn(folder);
    await running?.close();
    running = undefined;
    for (const file of ['connections.json', 'environments.json', 'settings.json', 'window-state.json', 'specs/registry.json']) {
      if (file === 'window-state.json') createDocumentStore({ folder, by: 'test' }).open(windowStateDocument);
      expect(JSON.parse(readFileSync(join(folder, file), 'utf8')), file).toMatchObject({ schemaVersion: 1 });
      if (process.platform !== 'win32') expect(statSync(join(folder, file)).mode & 0o777, file).toBe(0o600);
    }
    for (const id of fixture<{ order: string[] }>('specs/registry.json').order) {
      expect(JSON.parse(readFileSync(join(folder, 'specs', `${id}.json`), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    }
    if (process.platform !== 'win32') {
      for (const file of readdirSync(join(folder, 'specs'))) expect(statSync(join(folder, 'specs', file)).mode & 0o777, file).toBe(0o600);
      expect(statSync(join(folder, 'history.jsonl')).mode & 0o777).toBe(0o600);
      expect(statSync(join(folder, 'drafts.jsonl')).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(folder, 'history.jsonl'), 'utf8').split('\n')[0]).toBe('{"schemaVersion":1,"log":"history"}');
    expect(existsSync(join(folder, 'drafts.json'))).toBe(false);
    expect(readFileSync(join(folder, 'drafts.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(readdirSync(folder).filter((f) => f.includes('damaged'))).toEqual([]);
    const again = await startOn(folder);
    expect(again.startupProblems).toEqual([]);
    expect(again.history.list().total).toBe(7);
    expect(again.connections.list()).toHaveLength(5);
    expect(again.drafts.get(Object.keys(fixture<{ drafts: object }>('drafts.json').drafts)[0]!)).not.toBeNull();
  });

  it('keeps the desktop window where it was', () => {
    const folder = copyOfV0();
    const old = fixture<object>('window-state.json');
    expect(createDocumentStore({ folder, by: 'test' }).open(windowStateDocument).get()).toEqual(old);
  });
});
