/**
 * Every document, one at a time, half-written, invalid, and unreadable: Shoreline still starts, says
 * what happened in words, keeps the damaged file aside (or, when it cannot be read, leaves it alone and
 * refuses to change that part), and loses nothing anywhere else.
 */
import { imported as importedResult } from '../specs/imported-for-tests';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/contract/settings';
import { ShorelineError } from '../../../shared/errors';
import { blankRequest } from '../../../shared/model/request';
import { windowStateDocument } from '../app/window-state-document';
import { startServices, type Services } from '../create-services';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createDocumentStore } from './document-store';
import { createFaultyFsForTests, type Faults } from './faulty-fs-for-tests';

const fleetYaml = readFileSync(fileURLToPath(new URL('./fixtures/fleet-api.yaml', import.meta.url)), 'utf8');
const draftKey = 'x-1:GET /things';
let baseline: string;

async function start(folder: string, faults: Faults = {}): Promise<Services> {
  return startServices({
    userDataDir: folder,
    stores: createDocumentStore({ folder, by: 'test', fs: createFaultyFsForTests(faults) }),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false } },
    version: 'test',
    vault: createMemoryVaultForTests(),
    env: {},
  });
}

/** What a user would notice of each part. */
function snapshot(s: Services) {
  return {
    settings: s.settings.get(),
    connections: s.connections.list().filter((c) => !c.builtIn).map((c) => c.name),
    environments: s.environments.list().filter((e) => !e.builtIn).map((e) => e.name),
    drafts: s.drafts.get(draftKey)?.url ?? null,
    history: s.history.list().entries.map((e) => e.url),
    specs: s.specs.list().map((x) => x.title),
    expanded: s.specs.getExpanded(),
  };
}
type Snapshot = ReturnType<typeof snapshot>;
let before: Snapshot;

beforeAll(async () => {
  baseline = mkdtempSync(join(tmpdir(), 'shoreline-damage-'));
  const s = await start(baseline);
  s.settings.update({ theme: 'dark', sidebarTab: 'history' });
  await s.connections.add({ kind: 'client-credentials', name: 'Mine', tokenUrl: 'https://sso.example.com/token', clientId: 'c', clientAuth: 'body', secret: 's3cret' });
  s.environments.create({ name: 'Lab', variables: { baseUrl: 'https://lab.example.com' } });
  s.drafts.put(draftKey, { ...blankRequest(), url: 'https://h/things' });
  for (const n of [1, 2, 3]) s.history.record({ kind: 'send', method: 'GET', url: `https://h/${n}`, requestHeaders: [], status: 200, request: { ...blankRequest(), url: `https://h/${n}` } }, []);
  const imported = await importedResult(s.specs.importText({ text: fleetYaml, fileName: 'fleet-api.yaml' }));
  await s.specs.whenIdle();
  s.specs.setExpanded([`spec:${imported.spec.id}`]);
  before = snapshot(s);
  await s.close();
});

const copy = () => {
  const folder = mkdtempSync(join(tmpdir(), 'shoreline-damage-'));
  cpSync(baseline, folder, { recursive: true });
  return folder;
};

interface Part {
  file: string;
  label: string;
  /** The snapshot after this part was started afresh. */
  fresh: (s: Snapshot) => Partial<Snapshot>;
  /** A change to this part; throws or reports when refused. */
  change: (s: Services) => unknown;
  /** JSON documents are kept aside when half-written; a log only loses its cut-short last line. */
  log?: boolean;
}

const parts: Part[] = [
  { file: 'settings.json', label: 'your settings', fresh: () => ({ settings: defaultSettings }), change: (s) => s.settings.update({ theme: 'light' }) },
  { file: 'connections.json', label: 'your connections', fresh: () => ({ connections: [] }), change: (s) => s.connections.add({ kind: 'client-credentials', name: 'New', tokenUrl: 'https://sso.example.com/t', clientId: 'n', clientAuth: 'body', secret: 'x' }) },
  { file: 'environments.json', label: 'your environments', fresh: () => ({ environments: [] }), change: (s) => s.environments.create({ name: 'New' }) },
  { file: 'specs/registry.json', label: 'the list of your imported specs', fresh: () => ({ expanded: [] }), change: (s) => s.specs.setExpanded(['x']) },
  { file: 'drafts.jsonl', label: 'your request drafts', fresh: () => ({ drafts: null }), change: (s) => s.drafts.put(draftKey, blankRequest()), log: true },
  {
    file: 'history.jsonl',
    label: 'the request history',
    fresh: () => ({ history: [] }),
    change: (s) => {
      if (s.history.record({ kind: 'send', method: 'GET', url: 'https://h/new', requestHeaders: [], request: blankRequest() }, []) === undefined) throw new ShorelineError('store_unavailable', s.history.problems.at(-1) ?? '');
    },
    log: true,
  },
];

for (const part of parts) {
  describe(part.file, () => {
    it('half-written: the app starts; a document is kept aside and reported, a log only loses its cut-short line', async () => {
      const folder = copy();
      const path = join(folder, part.file);
      const whole = readFileSync(path, 'utf8');
      const cut = part.log ? `${whole.trimEnd()}\n{"key":"cut sh` : whole.slice(0, Math.floor(whole.length / 2));
      writeFileSync(path, cut);
      const s = await start(folder);
      try {
        if (part.log) {
          expect(s.startupProblems).toEqual([]);
          expect(snapshot(s)).toEqual(before);
        } else {
          expect(s.startupProblems).toHaveLength(1);
          expect(s.startupProblems[0]).toContain(part.label);
          const aside = readdirSync(join(folder, part.file, '..')).find((f) => f.startsWith(`${part.file.split('/').pop()}.damaged-`));
          expect(s.startupProblems[0]).toContain(aside);
          expect(readFileSync(join(path, '..', aside!), 'utf8')).toBe(cut);
          expect(snapshot(s)).toEqual({ ...before, ...part.fresh(before) });
        }
        await part.change(s);
      } finally {
        await s.close();
      }
    });

    it('invalid: the app starts, the file is kept aside and reported, and everything else is intact', async () => {
      const folder = copy();
      const path = join(folder, part.file);
      const whole = readFileSync(path, 'utf8');
      // A log with one line that is not a record; a document that is valid JSON of the wrong shape.
      const invalid = part.log ? whole.replace('\n', '\n{"not":"a record"}\n') : '{"schemaVersion":1,"data":[1,2,3]}';
      writeFileSync(path, invalid);
      const s = await start(folder);
      try {
        expect(s.startupProblems).toHaveLength(1);
        expect(s.startupProblems[0]).toMatch(part.log ? /could not be read \(1 (entry|draft)\)/ : new RegExp(part.label));
        const aside = readdirSync(join(path, '..')).find((f) => f.startsWith(`${part.file.split('/').pop()}.damaged-`));
        expect(readFileSync(join(path, '..', aside!), 'utf8')).toBe(invalid);
        expect(snapshot(s)).toEqual(part.log ? before : { ...before, ...part.fresh(before) });
        await part.change(s);
      } finally {
        await s.close();
      }
    });

    it('unreadable (EACCES): the app starts, says so in words, leaves the file alone and refuses to change that part', async () => {
      const folder = copy();
      const path = join(folder, part.file);
      const whole = readFileSync(path, 'utf8');
      const s = await start(folder, { read: { when: (p) => p === path, code: 'EACCES' } });
      try {
        expect(s.startupProblems).toHaveLength(1);
        expect(s.startupProblems[0]).toContain(`Shoreline could not read ${part.label} (${path}: permission denied)`);
        expect(snapshot(s)).toEqual({ ...before, ...part.fresh(before) });
        const refused = await Promise.resolve()
          .then(() => part.change(s))
          .then(
            () => undefined,
            (error: unknown) => error,
          );
        expect(refused).toBeInstanceOf(ShorelineError);
        expect((refused as ShorelineError).code).toBe('store_unavailable');
        expect((refused as ShorelineError).message).toMatch(/could not read|will not change|will not add/);
        // Everything else can still be changed.
        for (const other of parts.filter((p) => p !== part)) await other.change(s);
      } finally {
        await s.close();
      }
      expect(readFileSync(path, 'utf8')).toBe(whole);
      expect(readdirSync(join(path, '..')).some((f) => f.includes('.damaged-'))).toBe(false);
    });
  });
}

describe('a spec index', () => {
  const indexOf = (folder: string) => readdirSync(join(folder, 'specs')).find((f) => /^[a-z0-9-]+\.json$/.test(f) && f !== 'registry.json')!;

  it('damaged: rebuilt from the imported file, named by the API’s title, and nothing of the spec lost', async () => {
    const folder = copy();
    const file = join(folder, 'specs', indexOf(folder));
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    const s = await start(folder);
    try {
      expect(snapshot(s)).toEqual(before);
      expect(s.startupProblems).toHaveLength(1);
      expect(s.startupProblems[0]).toMatch(/^Shoreline could not read its index of “Fleet API \(fixture\)” \(it is not complete or not valid JSON\), so it rebuilt it from the imported file\. Nothing of the spec is lost\. The damaged index was kept as .*\.damaged-/);
      // The API is named by its title; its id shows only in the path of the kept copy.
      expect(s.startupProblems[0]!.split(' The damaged index')[0]).not.toContain(indexOf(folder).replace('.json', ''));
      const id = s.specs.list()[0]!.id;
      expect(s.specs.tree()[0]!.tags.flatMap((t) => t.operations)).toHaveLength(4);
      expect((await s.specs.operation(id, 'PATCH /systems/{systemId}')).requestBody?.contentTypes).toEqual(['application/merge-patch+json']);
    } finally {
      await s.close();
    }
    const again = await start(folder);
    expect(again.startupProblems).toEqual([]);
    expect(snapshot(again)).toEqual(before);
    await again.close();
  });

  it('unreadable: rebuilt for the session from the imported file, left alone on disk, and not changed', async () => {
    const folder = copy();
    const file = join(folder, 'specs', indexOf(folder));
    const whole = readFileSync(file, 'utf8');
    const s = await start(folder, { read: { when: (p) => p === file, code: 'EIO' } });
    try {
      expect(s.startupProblems).toEqual([
        'Shoreline could not read its index of “Fleet API (fixture)” (the disk reported a read or write error). It rebuilt it from the imported file for now, and will not change that spec until its index can be read.',
      ]);
      expect(snapshot(s)).toEqual(before);
      await expect(s.specs.importText({ text: fleetYaml, fileName: 'fleet-api.yaml' })).rejects.toMatchObject({ code: 'store_unavailable' });
    } finally {
      await s.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('damaged with its imported file gone: said in words, and every other spec stays', async () => {
    const folder = copy();
    const file = join(folder, 'specs', indexOf(folder));
    writeFileSync(file, '{');
    for (const f of readdirSync(join(folder, 'specs')).filter((f) => f.includes('.source.'))) writeFileSync(join(folder, 'specs', f), '');
    const s = await start(folder);
    try {
      expect(s.startupProblems).toHaveLength(1);
      expect(s.startupProblems[0]).toMatch(/could not read the index of one of your imported specs .*Import the spec again\./);
      expect(s.specs.list()).toEqual([]);
      expect(snapshot(s)).toMatchObject({ connections: before.connections, history: before.history });
    } finally {
      await s.close();
    }
  });
});

describe('the window state', () => {
  it('half-written or invalid: kept aside and reported; unreadable: left alone and not saved', () => {
    for (const text of ['{"schemaVersion":1,"data":{"x":4', '{"schemaVersion":1,"data":"wide"}']) {
      const folder = mkdtempSync(join(tmpdir(), 'shoreline-window-'));
      writeFileSync(join(folder, 'window-state.json'), text);
      const store = createDocumentStore({ folder, by: 'test' });
      const doc = store.open(windowStateDocument);
      expect(doc.get()).toEqual({ width: 1280, height: 820, maximized: false });
      expect(store.problems[0]).toMatch(/the window’s size and position .*kept as/);
      doc.set({ width: 1000, height: 700, maximized: true });
    }
    const folder = mkdtempSync(join(tmpdir(), 'shoreline-window-'));
    writeFileSync(join(folder, 'window-state.json'), '{"width":1500,"height":900,"maximized":false}');
    const store = createDocumentStore({ folder, by: 'test', fs: createFaultyFsForTests({ read: { when: (p) => p.endsWith('window-state.json'), code: 'EBUSY' } }) });
    const doc = store.open(windowStateDocument);
    expect(store.problems[0]).toContain('another program has it locked');
    expect(() => doc.set({ width: 1, height: 1, maximized: false })).toThrow(expect.objectContaining({ code: 'store_unavailable' }));
    expect(readFileSync(join(folder, 'window-state.json'), 'utf8')).toBe('{"width":1500,"height":900,"maximized":false}');
  });
});

afterAll(() => {
  expect(existsSync(baseline)).toBe(true);
});
