import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDocumentStore, type LogDefinition } from './document-store';
import { createFaultyFsForTests, type Faults } from './faulty-fs-for-tests';

const folder = () => mkdtempSync(join(tmpdir(), 'shoreline-log-'));
const clock = () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

const recordSchema = z.object({ id: z.string(), text: z.string(), big: z.string().optional() });
type Rec = z.infer<typeof recordSchema>;
/** Version 1; version 0 lines were `{ id, body }`. */
const definition: LogDefinition<Rec, { id: string }> = {
  file: 'notes.jsonl',
  label: 'the notes',
  schema: recordSchema,
  migrations: [(v0) => ({ id: (v0 as { id: string }).id, text: (v0 as { body: string }).body })],
  keep: (r) => ({ id: r.id }),
  noun: ['note', 'notes'],
};

function open(dir: string, faults: Faults = {}) {
  const store = createDocumentStore({ folder: dir, by: 'test', fs: createFaultyFsForTests(faults), now: clock });
  return { store, log: store.openLog(definition) };
}
const path = (dir: string) => join(dir, 'notes.jsonl');
const ids = (log: { items(): readonly { value: { id: string } }[] }) => log.items().map((i) => i.value.id);

describe('a log', () => {
  it('appends lines after a header, keeps only summaries in memory, and reads a record back from disk', () => {
    const dir = folder();
    const { log } = open(dir);
    const [first] = log.append([{ id: 'a', text: 'é first', big: 'x'.repeat(10_000) }]);
    log.append([{ id: 'b', text: 'second' }, { id: 'c', text: 'third' }]);
    const lines = readFileSync(path(dir), 'utf8').split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ schemaVersion: 1, log: 'notes' });
    expect(lines).toHaveLength(5);
    expect(first!.value).toEqual({ id: 'a' });
    expect(log.read(first!)).toEqual({ id: 'a', text: 'é first', big: 'x'.repeat(10_000) });
    if (process.platform !== 'win32') expect(statSync(path(dir)).mode & 0o777).toBe(0o600);
    const again = open(dir).log;
    expect(ids(again)).toEqual(['a', 'b', 'c']);
    expect(again.read(again.items()[2]!)).toEqual({ id: 'c', text: 'third' });
  });

  it('appends one line per record, never rewriting what is there', () => {
    const dir = folder();
    const { log } = open(dir);
    for (let i = 0; i < 50; i += 1) log.append([{ id: `r${i}`, text: 't' }]);
    const inode = statSync(path(dir)).ino;
    for (let i = 50; i < 100; i += 1) log.append([{ id: `r${i}`, text: 't' }]);
    expect(statSync(path(dir)).ino).toBe(inode);
    expect(log.lines).toBe(100);
  });

  it('upgrades a version-0 file (no header) at once', () => {
    const dir = folder();
    writeFileSync(path(dir), `${JSON.stringify({ id: 'a', body: 'old' })}\n${JSON.stringify({ id: 'b', body: 'older' })}\n`);
    const { log, store } = open(dir);
    expect(ids(log)).toEqual(['a', 'b']);
    expect(log.read(log.items()[1]!)).toEqual({ id: 'b', text: 'older' });
    expect(readFileSync(path(dir), 'utf8')).toBe(`{"schemaVersion":1,"log":"notes"}\n{"id":"a","text":"old"}\n{"id":"b","text":"older"}\n`);
    expect(store.problems).toEqual([]);
  });

  it('ignores a last line cut short by a crash, and the next append starts on a line of its own', () => {
    const dir = folder();
    open(dir).log.append([{ id: 'a', text: 'ok' }]);
    appendFileSync(path(dir), '{"id":"b","te');
    const { log, store } = open(dir);
    expect(ids(log)).toEqual(['a']);
    expect(store.problems).toEqual([]);
    log.append([{ id: 'c', text: 'after' }]);
    expect(ids(open(dir).log)).toEqual(['a', 'c']);
  });

  it('keeps a file with damaged lines aside, reports how many, and keeps the readable records', () => {
    const dir = folder();
    const text = `{"schemaVersion":1,"log":"notes"}\n{"id":"a","text":"1"}\n{not json\n{"id":"b"}\n{"id":"c","text":"3"}\n`;
    writeFileSync(path(dir), text);
    const { log, store } = open(dir);
    expect(ids(log)).toEqual(['a', 'c']);
    expect(store.problems).toEqual([`Part of the notes could not be read (2 notes). The file was kept as ${path(dir)}.damaged-2026-01-02T03-04-05-000Z.`]);
    expect(readFileSync(`${path(dir)}.damaged-2026-01-02T03-04-05-000Z`, 'utf8')).toBe(text);
    const reopened = open(dir);
    expect(ids(reopened.log)).toEqual(['a', 'c']);
    expect(reopened.store.problems).toEqual([]);
    expect(reopened.log.read(reopened.log.items()[1]!)).toEqual({ id: 'c', text: '3' });
  });

  it('compacts to the records it is told to keep', () => {
    const dir = folder();
    const { log } = open(dir);
    log.append(['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })));
    const generation = log.generation;
    log.compact((items) => items.filter((i) => i.value.id !== 'b'));
    expect(ids(log)).toEqual(['a', 'c', 'd']);
    expect(log.generation).toBeGreaterThan(generation);
    expect(log.read(log.items()[2]!)).toEqual({ id: 'd', text: 'd' });
    expect(readFileSync(path(dir), 'utf8').trim().split('\n')).toHaveLength(4);
    log.compact(() => []);
    expect(ids(open(dir).log)).toEqual([]);
  });

  it('cannot be read: left alone, reported, appends refused', () => {
    const dir = folder();
    open(dir).log.append([{ id: 'a', text: 'keep' }]);
    const before = readFileSync(path(dir), 'utf8');
    const { log, store } = open(dir, { read: { when: (p) => p.endsWith('notes.jsonl'), code: 'EACCES' } });
    expect(log.status).toBe('unreadable');
    expect(ids(log)).toEqual([]);
    expect(store.problems[0]).toContain(`Shoreline could not read the notes (${path(dir)}: permission denied)`);
    expect(() => log.append([{ id: 'b', text: 'no' }])).toThrow(expect.objectContaining({ code: 'store_unavailable' }));
    expect(() => log.compact(() => [])).toThrow(expect.objectContaining({ code: 'store_unavailable' }));
    expect(readFileSync(path(dir), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['notes.jsonl']);
  });

  it('of a newer Shoreline is read-only and untouched', () => {
    const dir = folder();
    const text = '{"schemaVersion":7,"log":"notes"}\n{"id":"a","text":"x","future":1}\n';
    writeFileSync(path(dir), text);
    const { log, store } = open(dir);
    expect(log.status).toBe('newer');
    expect(store.problems[0]).toMatch(/newer version of Shoreline/);
    expect(() => log.append([{ id: 'b', text: 'no' }])).toThrow(expect.objectContaining({ code: 'store_unavailable' }));
    expect(readFileSync(path(dir), 'utf8')).toBe(text);
  });
});

describe('two stores appending to one log', () => {
  it('keep every record, each seeing the other’s on reload, through a compaction', () => {
    const dir = folder();
    const a = open(dir).log;
    const b = open(dir).log;
    a.append([{ id: 'a1', text: '' }]);
    b.append([{ id: 'b1', text: '' }]);
    a.append([{ id: 'a2', text: '' }]);
    expect(ids(a)).toEqual(['a1', 'b1', 'a2']);
    expect(b.reload()).toBe(true);
    expect(ids(b)).toEqual(['a1', 'b1', 'a2']);
    b.compact((items) => items.filter((i) => i.value.id !== 'a1'));
    const generation = a.generation;
    expect(a.reload()).toBe(true);
    expect(a.generation).toBeGreaterThan(generation);
    expect(ids(a)).toEqual(['b1', 'a2']);
    expect(a.read(a.items()[1]!)).toEqual({ id: 'a2', text: '' });
    a.append([{ id: 'a3', text: '' }]);
    expect(ids(open(dir).log)).toEqual(['b1', 'a2', 'a3']);
  });
});
