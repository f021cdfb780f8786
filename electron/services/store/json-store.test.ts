import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfStoreOpener } from './conf-store';

const folder = () => mkdtempSync(join(tmpdir(), 'shoreline-store-'));

describe('conf-backed JSON store', () => {
  it('starts from defaults and persists what is set', () => {
    const dir = folder();
    const store = createConfStoreOpener(dir).open('settings', { theme: 'system', n: 1 });
    expect(store.get()).toEqual({ theme: 'system', n: 1 });
    store.set({ theme: 'dark', n: 2 });
    const again = createConfStoreOpener(dir).open('settings', { theme: 'system', n: 1 });
    expect(again.get()).toEqual({ theme: 'dark', n: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark', n: 2 });
  });

  it('keeps a file cut in half aside, reports it, and starts afresh', () => {
    const dir = folder();
    const damaged = '{"theme": "dark", "connections": [{"name": "prod';
    writeFileSync(join(dir, 'settings.json'), damaged);
    const opener = createConfStoreOpener(dir);
    const store = opener.open('settings', { theme: 'system' });
    expect(store.get()).toEqual({ theme: 'system' });
    const aside = readdirSync(dir).find((f) => f.startsWith('settings.json.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(damaged);
    expect(opener.problems).toHaveLength(1);
    expect(opener.problems[0]).toContain(aside!);
  });

  it('treats valid JSON that is not an object as damaged too', () => {
    const dir = folder();
    writeFileSync(join(dir, 'settings.json'), '[1,2,3]');
    const opener = createConfStoreOpener(dir);
    opener.open('settings', { theme: 'system' });
    expect(opener.problems).toHaveLength(1);
  });

  it('reports nothing for a healthy file', () => {
    const dir = folder();
    writeFileSync(join(dir, 'settings.json'), '{"theme":"light"}');
    const opener = createConfStoreOpener(dir);
    expect(opener.open('settings', { theme: 'system' }).get()).toEqual({ theme: 'light' });
    expect(opener.problems).toEqual([]);
  });
});
