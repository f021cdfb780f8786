import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ShorelineError } from '../../../shared/errors';
import { createDocumentStore, lockFileName, type DocumentDefinition } from './document-store';
import { createFaultyFsForTests, type Faults } from './faulty-fs-for-tests';

const folder = () => mkdtempSync(join(tmpdir(), 'shoreline-store-'));
const clock = () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

const itemSchema = z.object({ id: z.string().min(1), n: z.number() });
type Doc = { items: z.infer<typeof itemSchema>[]; title: string };
const docSchema = z.object({ items: z.array(itemSchema), title: z.string() });

/** Version 2: v0 stored `{ list }`, v1 renamed it `items`, v2 added `title`. */
const definition: DocumentDefinition<Doc> = {
  file: 'things.json',
  label: 'your things',
  schema: docSchema,
  migrations: [
    (v0) => ({ items: (v0 as { list: unknown[] }).list }),
    (v1) => ({ ...(v1 as object), title: 'untitled' }),
  ],
  defaults: () => ({ items: [], title: 'new' }),
  salvage(data) {
    const raw = (data as { items?: unknown }).items;
    if (!Array.isArray(raw)) return undefined;
    const items = raw.flatMap((r) => {
      const parsed = itemSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
    const title = (data as { title?: unknown }).title;
    return { value: { items, title: typeof title === 'string' ? title : 'untitled' }, lost: `${raw.length - items.length} things` };
  },
};

function open(dir: string, faults: Faults = {}, by = 'test') {
  const store = createDocumentStore({ folder: dir, by, fs: createFaultyFsForTests(faults), now: clock, lock: { timeoutMs: 300 } });
  return { store, doc: store.open(definition) };
}

function failure(run: () => unknown): ShorelineError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ShorelineError);
    return error as ShorelineError;
  }
  throw new Error('expected a failure');
}

const fileOf = (dir: string) => join(dir, 'things.json');
const asideOf = (dir: string) => readdirSync(dir).find((f) => f.startsWith('things.json.damaged-'));

describe('a document', () => {
  it('starts from its defaults and writes an envelope, mode 0600, nothing else in the folder', () => {
    const dir = folder();
    const { doc, store } = open(dir);
    expect(doc.status).toBe('absent');
    expect(doc.get()).toEqual({ items: [], title: 'new' });
    expect(existsSync(fileOf(dir))).toBe(false);
    doc.update((d) => ({ ...d, items: [...d.items, { id: 'a', n: 1 }] }));
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8'))).toEqual({ schemaVersion: 2, data: { items: [{ id: 'a', n: 1 }], title: 'new' } });
    if (process.platform !== 'win32') expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['things.json']);
    expect(open(dir).doc.get()).toEqual({ items: [{ id: 'a', n: 1 }], title: 'new' });
    expect(store.problems).toEqual([]);
  });

  it('never reads the disk again to answer get()', () => {
    const dir = folder();
    let reads = 0;
    const faults: Faults = { read: { when: () => ((reads += 1), false), code: 'EIO' } };
    const { doc } = open(dir, faults);
    doc.set({ items: [{ id: 'a', n: 1 }], title: 't' });
    const before = reads;
    for (let i = 0; i < 1000; i += 1) doc.get();
    expect(reads).toBe(before);
  });

  it('upgrades a file from version 0 at once, running every migration in order', () => {
    const dir = folder();
    writeFileSync(fileOf(dir), JSON.stringify({ list: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] }), { mode: 0o644 });
    const { doc, store } = open(dir);
    expect(doc.status).toBe('ok');
    expect(doc.get()).toEqual({ items: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }], title: 'untitled' });
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8'))).toMatchObject({ schemaVersion: 2 });
    if (process.platform !== 'win32') expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    expect(store.problems).toEqual([]);
  });

  it('upgrades from version 1 with the later migrations only', () => {
    const dir = folder();
    writeFileSync(fileOf(dir), JSON.stringify({ schemaVersion: 1, data: { items: [{ id: 'a', n: 1 }] } }));
    expect(open(dir).doc.get()).toEqual({ items: [{ id: 'a', n: 1 }], title: 'untitled' });
  });

  it('opens a file from a newer Shoreline read-only, changing nothing', () => {
    const dir = folder();
    const newer = JSON.stringify({ schemaVersion: 3, data: { items: [], title: 'x', more: true } });
    writeFileSync(fileOf(dir), newer);
    const { doc, store } = open(dir);
    expect(doc.status).toBe('newer');
    expect(store.problems[0]).toMatch(/newer version of Shoreline/);
    expect(failure(() => doc.update((d) => d)).code).toBe('store_unavailable');
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(newer);
  });
});

describe('a damaged document', () => {
  const cases: Record<string, string> = {
    'half-written': '{"schemaVersion":2,"data":{"items":[{"id":"a","n":1},{"id":"b"',
    'not JSON': 'this is not json at all',
    'the wrong shape': '{"schemaVersion":2,"data":[1,2,3]}',
    'empty': '',
  };
  for (const [kind, text] of Object.entries(cases)) {
    it(`is kept aside byte for byte when ${kind}, reported, and started afresh`, () => {
      const dir = folder();
      writeFileSync(fileOf(dir), text);
      const { doc, store } = open(dir);
      expect(doc.status).toBe('damaged');
      expect(doc.get()).toEqual({ items: [], title: 'new' });
      const aside = asideOf(dir);
      expect(aside).toBe('things.json.damaged-2026-01-02T03-04-05-000Z');
      expect(readFileSync(join(dir, aside!), 'utf8')).toBe(text);
      expect(store.problems).toHaveLength(1);
      expect(store.problems[0]).toContain('your things');
      expect(store.problems[0]).toContain(aside!);
      doc.update((d) => ({ ...d, title: 'fresh' }));
      expect(readFileSync(join(dir, aside!), 'utf8')).toBe(text);
    });
  }

  it('keeps the readable records of a partly damaged file, says how many were left out, and keeps the original', () => {
    const dir = folder();
    const text = JSON.stringify({ schemaVersion: 2, data: { title: 'mine', items: [{ id: 'a', n: 1 }, { id: '', n: 2 }, { id: 'c', n: 'x' }, { id: 'd', n: 4 }] } });
    writeFileSync(fileOf(dir), text);
    const { doc, store } = open(dir);
    expect(doc.status).toBe('partial');
    expect(doc.get()).toEqual({ items: [{ id: 'a', n: 1 }, { id: 'd', n: 4 }], title: 'mine' });
    expect(store.problems[0]).toMatch(/could not read 2 things in your things/);
    expect(readFileSync(join(dir, asideOf(dir)!), 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8')).data.items).toHaveLength(2);
  });
});

describe('a document that cannot be read', () => {
  for (const [code, words] of [['EACCES', 'permission denied'], ['EBUSY', 'another program has it locked'], ['EIO', 'the disk reported a read or write error']] as const) {
    it(`(${code}) is left where it is, reported in words, and read-only`, () => {
      const dir = folder();
      const text = JSON.stringify({ schemaVersion: 2, data: { items: [{ id: 'a', n: 1 }], title: 'keep me' } });
      writeFileSync(fileOf(dir), text);
      const { doc, store } = open(dir, { read: { when: (p) => p.endsWith('things.json'), code } });
      expect(doc.status).toBe('unreadable');
      expect(store.problems).toHaveLength(1);
      expect(store.problems[0]).toContain(`Shoreline could not read your things (${fileOf(dir)}: ${words})`);
      expect(store.problems[0]).toMatch(/read-only/);
      expect(store.problems[0]).not.toMatch(/EACCES|EBUSY|EIO/);
      const refused = failure(() => doc.update((d) => ({ ...d, title: 'overwrite' })));
      expect(refused.code).toBe('store_unavailable');
      expect(refused.message).toContain('will not change your things');
      expect(failure(() => doc.remove()).code).toBe('store_unavailable');
      expect(readFileSync(fileOf(dir), 'utf8')).toBe(text);
      expect(readdirSync(dir)).toEqual(['things.json']);
    });
  }

  it('refuses a write the disk refuses, in words, keeping memory and file as they were', () => {
    const dir = folder();
    const faults: Faults = {};
    const { doc } = open(dir, faults);
    doc.set({ items: [{ id: 'a', n: 1 }], title: 'saved' });
    faults.write = { when: () => true, code: 'ENOSPC' };
    const refused = failure(() => doc.update((d) => ({ ...d, title: 'lost' })));
    expect(refused).toMatchObject({ code: 'store_unavailable', message: 'Shoreline could not save your things (the disk is full). Nothing was changed.' });
    expect(doc.get().title).toBe('saved');
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8')).data.title).toBe('saved');
    expect(readdirSync(dir)).toEqual(['things.json']);
  });

  it('refuses to write data its own schema refuses', () => {
    const { doc } = open(folder());
    expect(failure(() => doc.set({ items: [{ id: '', n: 1 }], title: 'x' })).code).toBe('internal');
  });
});

describe('two stores on one folder', () => {
  it('apply each change to the newest contents, so neither write is lost', () => {
    const dir = folder();
    const a = open(dir, {}, 'A').doc;
    const b = open(dir, {}, 'B').doc;
    a.update((d) => ({ ...d, items: [...d.items, { id: 'from-a', n: 1 }] }));
    b.update((d) => ({ ...d, items: [...d.items, { id: 'from-b', n: 2 }] }));
    a.update((d) => ({ ...d, title: 'a again' }));
    expect(open(dir).doc.get()).toEqual({ items: [{ id: 'from-a', n: 1 }, { id: 'from-b', n: 2 }], title: 'a again' });
    expect(b.get().items).toHaveLength(2);
  });

  it('see each other’s changes on refresh and say which files changed', () => {
    const dir = folder();
    const a = open(dir, {}, 'A');
    const b = open(dir, {}, 'B');
    const seen: string[][] = [];
    b.store.onExternalChange((files) => seen.push(files));
    expect(b.store.refresh()).toEqual([]);
    a.doc.set({ items: [{ id: 'x', n: 1 }], title: 'from A' });
    expect(b.store.refresh()).toEqual(['things.json']);
    expect(b.doc.get().title).toBe('from A');
    expect(seen).toEqual([['things.json']]);
    expect(b.store.refresh()).toEqual([]);
  });
});

describe('the write lock', () => {
  it('waits for a live holder, then refuses naming it, changing nothing', () => {
    const dir = folder();
    const { doc } = open(dir);
    doc.set({ items: [], title: 'before' });
    // The parent of this test runner is alive: a lock it holds is not stale.
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.ppid, host: hostname(), by: 'the Shoreline desktop app', since: new Date().toISOString() }));
    const refused = failure(() => doc.update((d) => ({ ...d, title: 'after' })));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(`The Shoreline desktop app (process ${process.ppid}) has been saving to the same folder for 1 second, so nothing was changed here. Try again in a moment.`);
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8')).data.title).toBe('before');
    expect(existsSync(join(dir, lockFileName))).toBe(true);
  });

  it('takes over a lock whose process is gone, or that is older than any write', () => {
    const dir = folder();
    const { doc } = open(dir);
    const host = hostname();
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: 2 ** 22 + 12345, host, by: 'a crashed Shoreline', since: '2026-01-01T00:00:00Z' }));
    doc.set({ items: [], title: 'after a crash' });
    expect(existsSync(join(dir, lockFileName))).toBe(false);
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.ppid, host: 'another-machine', by: 'x', since: '' }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, lockFileName), old, old);
    doc.set({ items: [], title: 'after an old lock' });
    expect(open(dir).doc.get().title).toBe('after an old lock');
    expect(readdirSync(dir)).toEqual(['things.json']);
  });

  it('says so in words when the folder cannot be written', () => {
    const dir = folder();
    const { doc } = open(dir, { write: { when: () => false, code: 'EACCES' } });
    const store = createDocumentStore({
      folder: dir,
      by: 'test',
      fs: { ...createFaultyFsForTests({}), createExclusive: (path) => { throw Object.assign(new Error(path), { code: 'EROFS' }); } },
    });
    const readOnly = store.open(definition);
    const refused = failure(() => readOnly.set({ items: [], title: 'x' }));
    expect(refused.message).toBe('Shoreline cannot save in its folder (the disk is read-only), so nothing was changed. Check that you may write to the folder where Shoreline keeps its files.');
    expect(doc.get().title).toBe('new');
  });
});
