import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { environmentsCommands } from '../../shared/contract/environments';
import { createEnvironmentsService } from '../services/environments/environments-service';
import { createDocumentStore } from '../services/store/document-store';
import { environmentsHandlers } from './environments-handlers';

type Name = keyof typeof environmentsCommands;
const context = { signal: new AbortController().signal };
let dir: string;
let handlers: ReturnType<typeof environmentsHandlers>;

type Out<N extends Name> = Exclude<(typeof environmentsCommands)[N]['output'], undefined>;

async function call<N extends Name>(name: N, raw: unknown): Promise<Out<N>> {
  const input: unknown = environmentsCommands[name].input.parse(raw);
  const handler = handlers[name] as unknown as (input: unknown, c: typeof context) => Promise<Out<N>>;
  return handler(input, context);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-env-handlers-'));
  handlers = environmentsHandlers({ environments: createEnvironmentsService({ stores: createDocumentStore({ folder: dir, by: 'test' }) }) });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('environments handlers', () => {
  it('create, update, duplicate, activate and delete', async () => {
    const created = await call('environments.create', { presetId: 'greenlake-global' });
    expect(created.variables.baseUrl).toBe('https://global.api.greenlake.hpe.com');
    await call('environments.update', { id: created.id, variables: { baseUrl: 'https://b.example', workspaceId: 'w' }, readOnly: true });
    const copy = await call('environments.duplicate', { id: created.id });
    expect(copy.variables).toEqual({ baseUrl: 'https://b.example', workspaceId: 'w' });
    expect((await call('environments.setActive', { id: copy.id }))?.id).toBe(copy.id);
    expect((await call('environments.getActive', {}))?.id).toBe(copy.id);
    await call('environments.delete', { id: copy.id });
    expect(await call('environments.getActive', {})).toBeNull();
    expect(await call('environments.list', {})).toHaveLength(1);
  });

  it('refuses bad variable names and too many variables at the boundary', () => {
    const update = environmentsCommands['environments.update'].input;
    expect(update.safeParse({ id: 'x', variables: { 'has space': 'v' } }).success).toBe(false);
    expect(update.safeParse({ id: 'x', variables: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`v${i}`, ''])) }).success).toBe(false);
    expect(update.safeParse({ id: 'x', variables: { baseUrl: 'https://x', 'workspace.id': '1' } }).success).toBe(true);
  });
});
