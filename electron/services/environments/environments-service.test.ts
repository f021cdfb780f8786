import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnvironmentsState } from '../../../shared/contract/environments';
import { environmentsCommands } from '../../../shared/contract/environments';
import { ShorelineError } from '../../../shared/errors';
import { createDocumentStore } from '../store/document-store';
import { createEnvironmentsService } from './environments-service';

let dir: string;
let emitted: EnvironmentsState[];

function service(connections: string[] = ['conn-1']) {
  let n = 0;
  return createEnvironmentsService({
    stores: createDocumentStore({ folder: dir, by: 'test' }),
    emit: (_name, payload) => emitted.push(payload),
    connectionExists: (id) => connections.includes(id),
    now: () => Date.UTC(2026, 10, 22),
    newId: () => `env-${++n}`,
  });
}

function thrown(work: () => unknown): ShorelineError {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(ShorelineError);
    return e as ShorelineError;
  }
  throw new Error('expected an error');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-env-'));
  emitted = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('creating', () => {
  it('from a preset: its name, product and baseUrl, with extra variables merged', () => {
    const created = service().create({ presetId: 'dscc-eu1', variables: { workspaceId: 'w1' }, connectionId: 'conn-1' });
    expect(created).toEqual({
      id: 'env-1',
      name: 'Data Services (EU Central)',
      kind: 'dscc',
      presetId: 'dscc-eu1',
      variables: { baseUrl: 'https://eu1.data.cloud.hpe.com', workspaceId: 'w1' },
      connectionId: 'conn-1',
      readOnly: false,
      isSandbox: false,
      builtIn: false,
      createdAt: '2026-11-22T00:00:00.000Z',
    });
    expect(emitted.at(-1)?.environments).toHaveLength(1);
  });

  it('blank, and refuses an unknown preset or connection', () => {
    const environments = service();
    expect(environments.create({ name: 'Lab' })).toMatchObject({ name: 'Lab', kind: 'custom', variables: { baseUrl: '' } });
    expect(thrown(() => environments.create({ presetId: 'mars-1' })).code).toBe('not_found');
    expect(thrown(() => environments.create({ connectionId: 'gone' })).code).toBe('not_found');
    expect(environments.list()).toHaveLength(1);
  });

  it('renderer input cannot make an environment the Sandbox', () => {
    const parsed = environmentsCommands['environments.create'].input.safeParse({ name: 'x', isSandbox: true });
    expect(parsed.success).toBe(false);
    const update = environmentsCommands['environments.update'].input.safeParse({ id: 'x', isSandbox: true });
    expect(update.success).toBe(false);
  });
});

describe('changing', () => {
  it('renames, replaces variables, links and unlinks a connection, sets read-only; it persists', () => {
    const environments = service();
    const created = environments.create({ presetId: 'com-us-west2' });
    environments.update({ id: created.id, name: 'COM prod', variables: { baseUrl: 'https://x.example' }, connectionId: 'conn-1', readOnly: true });
    expect(service().get(created.id)).toMatchObject({ name: 'COM prod', variables: { baseUrl: 'https://x.example' }, connectionId: 'conn-1', readOnly: true });
    environments.update({ id: created.id, connectionId: null });
    expect(service().get(created.id).connectionId).toBeUndefined();
  });

  it('duplicates with a free name and deletes', () => {
    const environments = service();
    const created = environments.create({ name: 'Lab' });
    expect(environments.duplicate(created.id).name).toBe('Lab (copy)');
    expect(environments.duplicate(created.id).name).toBe('Lab (copy 2)');
    environments.delete(created.id);
    expect(environments.list().map((e) => e.name)).toEqual(['Lab (copy)', 'Lab (copy 2)']);
  });

  it('unlinks a deleted connection everywhere', () => {
    const environments = service();
    environments.create({ name: 'A', connectionId: 'conn-1' });
    environments.create({ name: 'B' });
    environments.forgetConnection('conn-1');
    expect(environments.list().every((e) => e.connectionId === undefined)).toBe(true);
  });
});

describe('the active environment', () => {
  it('persists across restarts and is cleared when deleted', () => {
    const environments = service();
    const a = environments.create({ name: 'A' });
    expect(environments.getActive()).toBeNull();
    expect(environments.setActive(a.id)?.id).toBe(a.id);
    expect(service().getActive()?.id).toBe(a.id);
    expect(emitted.at(-1)?.activeId).toBe(a.id);
    environments.delete(a.id);
    expect(service().getActive()).toBeNull();
    expect(thrown(() => environments.setActive('missing')).code).toBe('not_found');
  });
});

describe('built-in environments and damaged files', () => {
  it('the Sandbox is built in: not editable, its copies are not the Sandbox', () => {
    const environments = service();
    environments.ensureBuiltIn({ id: 'sandbox', name: 'Sandbox', variables: { baseUrl: 'http://127.0.0.1:5555' }, isSandbox: true });
    expect(environments.get('sandbox')).toMatchObject({ isSandbox: true, builtIn: true });
    expect(thrown(() => environments.update({ id: 'sandbox', name: 'x' })).code).toBe('read_only');
    expect(thrown(() => environments.delete('sandbox')).code).toBe('read_only');
    expect(environments.duplicate('sandbox')).toMatchObject({ isSandbox: false, builtIn: false });
  });

  it('skips entries that are not environments and an unknown active id', () => {
    writeFileSync(
      join(dir, 'environments.json'),
      JSON.stringify({ environments: [{ id: 'ok', name: 'Fine', variables: { baseUrl: 'u', bad: 3 } }, { name: 'no id' }, null], activeId: 'gone' }),
    );
    const environments = service();
    expect(environments.list()).toEqual([expect.objectContaining({ id: 'ok', variables: { baseUrl: 'u' } })]);
    expect(environments.getActive()).toBeNull();
  });
});
