import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutlineItem } from '../../../shared/contract/collections';
import { ShorelineError } from '../../../shared/errors';
import { blankRequest, type SavedRequest } from '../../../shared/model/request';
import { createDocumentStore, type DocumentStore } from '../store/document-store';
import { createCollectionsService, type CollectionsService } from './collections-service';

let dir: string;
let events: { name: string; payload: unknown }[];
let stores: DocumentStore;

function service(store = createDocumentStore({ folder: dir, by: 'test' })): CollectionsService {
  stores = store;
  let n = 0;
  return createCollectionsService({ stores: store, emit: (name, payload) => void events.push({ name, payload }), now: () => Date.UTC(2026, 0, 1), newId: (prefix) => `${prefix}-${++n}` });
}

const seed: SavedRequest = {
  ...blankRequest(),
  url: '{{baseUrl}}/api/v1/storage-systems',
  query: [
    { key: 'select', value: 'id', enabled: true },
    { key: 'sort', value: 'id asc,name desc', enabled: true },
    { key: 'limit', value: '', enabled: false },
  ],
  operation: { specId: 'dscc-1', operationKey: 'GET /api/v1/storage-systems' },
};

/** The tree of a collection as "name(children)" text. */
function shape(items: readonly OutlineItem[]): string {
  return items.map((item) => (item.kind === 'folder' ? `${item.name}(${shape(item.items)})` : item.name)).join(' ');
}

function thrown(run: () => unknown): ShorelineError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ShorelineError);
    return error as ShorelineError;
  }
  throw new Error('expected a ShorelineError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-collections-'));
  events = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('collections', () => {
  it('creates a collection, a folder and a saved request, one private file per collection, and reads them back after a restart', () => {
    const collections = service();
    const dscc = collections.create('DSCC');
    const { itemId: storage } = collections.addFolder(dscc.id, null, 'Storage');
    const saved = collections.saveRequest({ collectionId: dscc.id, parentId: storage, name: 'Get all storage systems', request: seed });
    expect(saved).toEqual({ collectionId: dscc.id, itemId: 'r-3', name: 'Get all storage systems' });
    const file = join(dir, 'collections', `${dscc.id}.json`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1, data: { name: 'DSCC' } });
    expect(events.filter((e) => e.name === 'collections.changed')).toHaveLength(3);

    const again = service();
    const [outline] = again.list().collections;
    expect(shape(outline!.items)).toBe('Storage(Get all storage systems)');
    expect(outline).toMatchObject({ name: 'DSCC', requestCount: 1 });
    expect(outline!.items[0]!.kind === 'folder' && outline!.items[0]!.items[0]).toMatchObject({
      kind: 'request',
      method: 'GET',
      url: '{{baseUrl}}/api/v1/storage-systems?select=id&sort=id%20asc,name%20desc',
      operation: seed.operation,
    });
    const view = again.getRequest(dscc.id, 'r-3');
    expect(view).toMatchObject({ collectionName: 'DSCC', path: [{ id: storage, name: 'Storage' }] });
    expect(view.item.request).toEqual(seed);
  });

  it('saves over a saved request (renaming it when asked) and refuses to save over a folder', () => {
    const collections = service();
    const c = collections.create('C');
    const { itemId: folder } = collections.addFolder(c.id, null, 'F');
    const { itemId } = collections.saveRequest({ collectionId: c.id, name: 'One', request: seed });
    collections.saveRequest({ collectionId: c.id, itemId, request: { ...seed, url: '{{baseUrl}}/changed' } });
    expect(collections.getRequest(c.id, itemId)).toMatchObject({ item: { name: 'One', request: { url: '{{baseUrl}}/changed' } } });
    expect(collections.saveRequest({ collectionId: c.id, itemId, name: 'Renamed', request: seed }).name).toBe('Renamed');
    expect(thrown(() => collections.saveRequest({ collectionId: c.id, itemId: folder, request: seed })).message).toMatch(/folder, not a saved request/);
    expect(thrown(() => collections.saveRequest({ collectionId: c.id, request: seed })).message).toBe('Give the request a name.');
  });

  it('keeps the user’s order of collections, renames, and duplicates a collection right below the original', () => {
    const collections = service();
    const a = collections.create('A');
    const b = collections.create('B');
    collections.create('C');
    collections.reorder([b.id]);
    expect(collections.list().collections.map((c) => c.name)).toEqual(['B', 'A', 'C']);
    collections.rename(a.id, undefined, ' Alpha ');
    collections.saveRequest({ collectionId: a.id, name: 'R', request: seed });
    const copy = collections.duplicate(a.id);
    expect(collections.list().collections.map((c) => c.name)).toEqual(['B', 'Alpha', 'Alpha copy', 'C']);
    expect(shape(collections.get(copy.collectionId).items.map((i) => ({ ...i, kind: 'request' as const, method: 'GET' as const, url: '' })))).toBe('R');
    expect(service().list().collections.map((c) => c.name)).toEqual(['B', 'Alpha', 'Alpha copy', 'C']);
  });

  it('moves within a collection, next to another item, and into another collection without losing anything', () => {
    const collections = service();
    const one = collections.create('One');
    const two = collections.create('Two');
    const { itemId: f } = collections.addFolder(one.id, null, 'F');
    const { itemId: g } = collections.addFolder(one.id, f, 'G');
    const { itemId: r1 } = collections.saveRequest({ collectionId: one.id, name: 'R1', request: seed });
    const { itemId: r2 } = collections.saveRequest({ collectionId: one.id, name: 'R2', request: seed });
    collections.move({ collectionId: one.id, itemId: r2, toParentId: f, index: 0 });
    expect(shape(collections.list().collections[0]!.items)).toBe('F(R2 G()) R1');
    collections.move({ collectionId: one.id, itemId: r1, nextTo: { itemId: r2, where: 'after' } });
    expect(shape(collections.list().collections[0]!.items)).toBe('F(R2 R1 G())');
    expect(thrown(() => collections.move({ collectionId: one.id, itemId: f, toParentId: g })).message).toMatch(/cannot go into itself or into one of its own folders/);
    collections.move({ collectionId: one.id, itemId: f, toCollectionId: two.id });
    const [first, second] = collections.list().collections;
    expect(shape(first!.items)).toBe('');
    expect(shape(second!.items)).toBe('F(R2 R1 G())');
  });

  it('deletes a folder and puts it back in the same place on Undo; forgets it once the message goes', () => {
    const collections = service();
    const c = collections.create('C');
    collections.saveRequest({ collectionId: c.id, name: 'Before', request: seed });
    const { itemId: f } = collections.addFolder(c.id, null, 'Storage');
    collections.saveRequest({ collectionId: c.id, parentId: f, name: 'Inside', request: seed });
    collections.saveRequest({ collectionId: c.id, name: 'After', request: seed });
    const deleted = collections.delete(c.id, f);
    expect(deleted.name).toBe('Storage');
    expect(shape(service().list().collections[0]!.items)).toBe('Before After');
    expect(collections.undoDelete(deleted.undoId)).toEqual({ collectionId: c.id, itemId: f });
    expect(shape(collections.list().collections[0]!.items)).toBe('Before Storage(Inside) After');
    const again = collections.delete(c.id, f);
    collections.forgetDeleted(again.undoId);
    expect(thrown(() => collections.undoDelete(again.undoId)).message).toMatch(/too late to undo/);
  });

  it('deletes a whole collection (its file too) and brings it back at its place in the list', () => {
    const collections = service();
    collections.create('A');
    const b = collections.create('B');
    collections.create('C');
    collections.saveRequest({ collectionId: b.id, name: 'R', request: seed });
    const { undoId } = collections.delete(b.id);
    expect(existsSync(join(dir, 'collections', `${b.id}.json`))).toBe(false);
    expect(collections.list().collections.map((c) => c.name)).toEqual(['A', 'C']);
    expect(thrown(() => collections.get(b.id)).code).toBe('not_found');
    collections.undoDelete(undoId);
    expect(collections.list().collections.map((c) => c.name)).toEqual(['A', 'B', 'C']);
    expect(collections.get(b.id).items).toHaveLength(1);
  });

  it('keeps only the newest deletions for Undo', () => {
    let n = 0;
    const collections = createCollectionsService({ stores: createDocumentStore({ folder: dir, by: 'test' }), undoLimit: 2, newId: (p) => `${p}-${++n}` });
    const c = collections.create('C');
    const ids = ['a', 'b', 'c'].map((name) => collections.saveRequest({ collectionId: c.id, name, request: seed }).itemId);
    const undos = ids.map((id) => collections.delete(c.id, id).undoId);
    expect(() => collections.undoDelete(undos[0]!)).toThrow(/too late/);
    expect(() => collections.undoDelete(undos[2]!)).not.toThrow();
  });

  it('duplicates an item with fresh ids, allows duplicate names, and refuses empty names', () => {
    const collections = service();
    const c = collections.create('C');
    const { itemId: f } = collections.addFolder(c.id, null, 'F');
    collections.saveRequest({ collectionId: c.id, parentId: f, name: 'R', request: seed });
    const copy = collections.duplicate(c.id, f);
    expect(copy.itemId).not.toBe(f);
    expect(shape(collections.list().collections[0]!.items)).toBe('F(R) F copy(R)');
    collections.saveRequest({ collectionId: c.id, name: 'R', request: seed });
    expect(thrown(() => collections.rename(c.id, f, '  ')).message).toBe('Give it a name.');
    expect(thrown(() => collections.create('')).code).toBe('invalid_input');
  });

  it('sets a folder’s connection, environment and variables, and back to inherit', () => {
    const collections = service();
    const c = collections.create('C');
    const { itemId: f } = collections.addFolder(c.id, null, 'Storage');
    collections.updateSettings({ collectionId: c.id, itemId: f, auth: { kind: 'connection', connectionId: 'sandbox-limited' }, environmentId: 'eu', variables: [{ key: 'a', value: '1', enabled: true }] });
    expect(collections.list().collections[0]!.items[0]).toMatchObject({ auth: { kind: 'connection', connectionId: 'sandbox-limited' }, environmentId: 'eu' });
    collections.updateSettings({ collectionId: c.id, itemId: f, auth: { kind: 'inherit' }, environmentId: null });
    expect(collections.list().collections[0]!.items[0]).not.toHaveProperty('environmentId');
    collections.updateSettings({ collectionId: c.id, description: '# Notes' });
    expect(collections.get(c.id).description).toBe('# Notes');
    collections.setVariable(c.id, 'token', 'x');
    collections.setVariable(c.id, 'token', 'y');
    expect(collections.get(c.id).variables).toEqual([{ key: 'token', value: 'y', enabled: true }]);
  });

  it('keeps global variables, and announces their changes', () => {
    const collections = service();
    collections.setGlobals([{ key: 'region', value: 'eu', enabled: true }]);
    collections.setGlobal('tenant', 't1');
    expect(service().globals()).toEqual([
      { key: 'region', value: 'eu', enabled: true },
      { key: 'tenant', value: 't1', enabled: true },
    ]);
    expect(events.filter((e) => e.name === 'globals.changed')).toHaveLength(2);
  });
});

describe('bad files and other processes', () => {
  it('keeps a damaged collection file aside, says so, and opens every other collection', () => {
    const collections = service();
    const good = collections.create('Good');
    const bad = collections.create('Bad');
    writeFileSync(join(dir, 'collections', `${bad.id}.json`), '{"version":1,"data":{"id":');
    const again = service();
    expect(again.list().collections.map((c) => c.name)).toEqual(['Good']);
    expect(again.problems).toHaveLength(1);
    expect(again.problems[0]).toMatch(/could not read the collection in .*c-2\.json \(it is not complete or not valid JSON\)\. The file was kept as .*damaged-.*; every other collection opened as usual\./);
    expect(again.list().problems).toEqual(again.problems);
    expect(stores.problems).toContain(again.problems[0]);
    expect(readdirSync(join(dir, 'collections')).some((f) => f.startsWith(`${bad.id}.json.damaged-`))).toBe(true);
    expect(again.get(good.id).name).toBe('Good');
  });

  it('keeps the readable requests of a partly damaged collection and says what was left out', () => {
    const collections = service();
    const c = collections.create('Partly');
    collections.saveRequest({ collectionId: c.id, name: 'Fine', request: seed });
    const file = join(dir, 'collections', `${c.id}.json`);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.data.items.push({ kind: 'request', id: 'r-bad', name: 'Broken', request: { method: 'FETCH', url: 1 } });
    writeFileSync(file, JSON.stringify(doc));
    const again = service();
    expect(shape(again.list().collections[0]!.items)).toBe('Fine');
    expect(again.problems[0]).toMatch(/could not read part of collection “Partly” and left it out/);
  });

  it('notices collections another process (the command line) adds and removes, and says so', () => {
    const app = service();
    app.create('Mine');
    const cliStore = createDocumentStore({ folder: dir, by: 'the command line' });
    const cli = createCollectionsService({ stores: cliStore, newId: (p) => `${p}-cli` });
    const imported = cli.create('Imported');
    events = [];
    stores.refresh();
    expect(app.list().collections.map((c) => c.name)).toEqual(['Mine', 'Imported']);
    expect(events).toContainEqual({ name: 'collections.changed', payload: { ids: [imported.id] } });
    cli.rename(imported.id, undefined, 'Renamed by the CLI');
    stores.refresh();
    expect(app.get(imported.id).name).toBe('Renamed by the CLI');
    cli.delete(imported.id);
    stores.refresh();
    expect(app.list().collections.map((c) => c.name)).toEqual(['Mine']);
    expect(thrown(() => app.get(imported.id)).code).toBe('not_found');
  });

  it('applies an edit to what another process saved meanwhile, so neither change is lost', () => {
    const app = service();
    const c = app.create('Shared');
    const cli = createCollectionsService({ stores: createDocumentStore({ folder: dir, by: 'the command line' }), newId: (p) => `${p}-cli` });
    cli.saveRequest({ collectionId: c.id, name: 'From the CLI', request: seed });
    app.saveRequest({ collectionId: c.id, name: 'From the app', request: seed });
    expect(shape(service().list().collections[0]!.items)).toBe('From the CLI From the app');
  });
});
