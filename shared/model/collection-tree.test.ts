import { describe, expect, it } from 'vitest';
import { collectionSchema, maxFolderDepth, type Collection, type CollectionFolder, type CollectionItem } from './collection';
import {
  copyName,
  countItems,
  duplicateItem,
  findItem,
  insertItem,
  moveItem,
  moveItemNextTo,
  removeItem,
  renameItem,
  requestsOf,
  updateScope,
} from './collection-tree';

const request = (id: string, name = id): CollectionItem => ({
  kind: 'request',
  id,
  name,
  request: { method: 'GET', url: `{{baseUrl}}/${id}`, pathParams: [], query: [], headers: [], body: { kind: 'none' }, auth: { kind: 'inherit' }, variables: [], captures: [] },
  notRun: [],
  examples: [],
});
const folder = (id: string, items: CollectionItem[], name = id): CollectionFolder => ({ kind: 'folder', id, name, auth: { kind: 'inherit' }, variables: [], notRun: [], items });

/** DSCC: Storage (r1, r2, Deep (r3)), Hosts (r4), r5. */
function sample(): Collection {
  return collectionSchema.parse({
    id: 'c-1',
    name: 'DSCC',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    items: [folder('storage', [request('r1'), request('r2'), folder('deep', [request('r3')])]), folder('hosts', [request('r4')]), request('r5')],
  });
}

/** The tree as "id(children)" text, to compare whole shapes in one line. */
function shape(items: readonly CollectionItem[]): string {
  return items.map((item) => (item.kind === 'folder' ? `${item.id}(${shape(item.items)})` : item.id)).join(' ');
}

describe('finding items', () => {
  it('finds an item at any depth with its parent, place and folders above', () => {
    const place = findItem(sample(), 'r3');
    expect(place).toMatchObject({ parentId: 'deep', index: 0 });
    expect(place?.ancestors.map((f) => f.id)).toEqual(['storage', 'deep']);
    expect(findItem(sample(), 'r5')).toMatchObject({ parentId: null, index: 2, ancestors: [] });
    expect(findItem(sample(), 'nope')).toBeUndefined();
  });

  it('lists requests in run order and counts requests and folders', () => {
    expect(requestsOf(sample()).map((r) => `${r.ancestors.map((a) => a.id).join('/')}:${r.request.id}`)).toEqual(['storage:r1', 'storage:r2', 'storage/deep:r3', 'hosts:r4', ':r5']);
    expect(countItems(sample().items)).toEqual({ requests: 5, folders: 3 });
  });
});

describe('inserting and removing', () => {
  it('inserts at an index, at the end by default, and clamps past the end', () => {
    expect(shape(insertItem(sample(), 'storage', request('n'), 1).items)).toBe('storage(r1 n r2 deep(r3)) hosts(r4) r5');
    expect(shape(insertItem(sample(), null, request('n')).items)).toBe('storage(r1 r2 deep(r3)) hosts(r4) r5 n');
    expect(shape(insertItem(sample(), 'hosts', request('n'), 99).items)).toBe('storage(r1 r2 deep(r3)) hosts(r4 n) r5');
  });

  it('refuses a missing parent, a request as parent, a duplicate id and folders deeper than the limit', () => {
    expect(() => insertItem(sample(), 'gone', request('n'))).toThrow(/no longer in the collection/);
    expect(() => insertItem(sample(), 'r1', request('n'))).toThrow(/not into another request/);
    expect(() => insertItem(sample(), null, request('r2'))).toThrow(/already in the collection/);
    let tower: CollectionFolder = folder('f0', []);
    for (let i = 1; i < maxFolderDepth - 1; i += 1) tower = folder(`f${i}`, [tower]);
    // `deep` sits 2 folders down; a tower of 31 folders under it would make 33.
    expect(() => insertItem(sample(), 'deep', tower)).toThrow(new RegExp(`nest ${maxFolderDepth} deep`));
    expect(() => insertItem(sample(), 'storage', tower)).not.toThrow();
  });

  it('removes a folder with everything in it and says where it was, so an undo puts it back in place', () => {
    const before = sample();
    const { collection, removed } = removeItem(before, 'storage');
    expect(shape(collection.items)).toBe('hosts(r4) r5');
    expect(removed).toMatchObject({ parentId: null, index: 0, item: { id: 'storage' } });
    expect(insertItem(collection, removed.parentId, removed.item, removed.index)).toEqual(before);
    const inner = removeItem(before, 'r2');
    expect(inner.removed).toMatchObject({ parentId: 'storage', index: 1 });
    expect(insertItem(inner.collection, inner.removed.parentId, inner.removed.item, inner.removed.index)).toEqual(before);
  });

  it('leaves the original untouched and shares the branches it did not change', () => {
    const before = sample();
    const frozen = JSON.stringify(before);
    const after = removeItem(before, 'r3').collection;
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.items[1]).toBe(before.items[1]);
  });
});

describe('moving', () => {
  it('moves into another folder at a place, keeping the order of the rest', () => {
    expect(shape(moveItem(sample(), 'r5', 'storage', 0).items)).toBe('storage(r5 r1 r2 deep(r3)) hosts(r4)');
    expect(shape(moveItem(sample(), 'deep', null).items)).toBe('storage(r1 r2) hosts(r4) r5 deep(r3)');
    expect(shape(moveItem(sample(), 'r1', 'storage', 1).items)).toBe('storage(r2 r1 deep(r3)) hosts(r4) r5');
  });

  it('refuses to move a folder into itself or into one of its own folders', () => {
    expect(() => moveItem(sample(), 'storage', 'storage')).toThrow(/cannot go into itself/);
    expect(() => moveItem(sample(), 'storage', 'deep')).toThrow(/cannot go into itself or into one of its own folders/);
    expect(() => moveItemNextTo(sample(), 'storage', 'r3', 'before')).toThrow(/own folders/);
    expect(() => moveItem(sample(), 'gone', null)).toThrow(/no longer/);
  });

  it('moves next to another item, before or after it, within and across folders', () => {
    expect(shape(moveItemNextTo(sample(), 'r5', 'r2', 'before').items)).toBe('storage(r1 r5 r2 deep(r3)) hosts(r4)');
    expect(shape(moveItemNextTo(sample(), 'r1', 'r2', 'after').items)).toBe('storage(r2 r1 deep(r3)) hosts(r4) r5');
    expect(shape(moveItemNextTo(sample(), 'hosts', 'storage', 'before').items)).toBe('hosts(r4) storage(r1 r2 deep(r3)) r5');
    expect(shape(moveItemNextTo(sample(), 'r3', 'r4', 'after').items)).toBe('storage(r1 r2 deep()) hosts(r4 r3) r5');
    expect(moveItemNextTo(sample(), 'r1', 'r1', 'after')).toEqual(sample());
  });
});

describe('renaming, duplicating and settings', () => {
  it('renames with the name trimmed, allows duplicate names, and refuses an empty one', () => {
    const renamed = renameItem(sample(), 'r2', '  r1  ');
    expect(findItem(renamed, 'r2')?.item.name).toBe('r1');
    expect(findItem(renamed, 'r1')?.item.name).toBe('r1');
    expect(() => renameItem(sample(), 'r2', '   ')).toThrow('Give it a name.');
  });

  it('duplicates a folder with fresh ids throughout, just below the original, named "… copy"', () => {
    let n = 0;
    const { collection, id } = duplicateItem(sample(), 'storage', (kind) => `${kind[0]}-new${(n += 1)}`);
    expect(shape(collection.items)).toBe('storage(r1 r2 deep(r3)) f-new1(r-new2 r-new3 f-new4(r-new5)) hosts(r4) r5');
    expect(id).toBe('f-new1');
    expect(findItem(collection, 'f-new1')?.item.name).toBe('storage copy');
    expect(findItem(collection, 'r-new2')?.item.name).toBe('r1');
    // The copy is its own: changing it leaves the original alone.
    const changed = renameItem(collection, 'r-new2', 'changed');
    expect(findItem(changed, 'r1')?.item.name).toBe('r1');
    expect(copyName('x'.repeat(300))).toHaveLength(300);
  });

  it('changes a folder’s or the collection’s auth, environment, variables and description, and can set them back to inherit', () => {
    const rows = [{ key: 'region', value: 'eu', enabled: true }];
    const set = updateScope(sample(), 'deep', { auth: { kind: 'connection', connectionId: 'limited' }, environmentId: 'env-1', variables: rows, description: 'Deep' });
    expect(findItem(set, 'deep')?.item).toMatchObject({ auth: { kind: 'connection', connectionId: 'limited' }, environmentId: 'env-1', variables: rows, description: 'Deep' });
    const back = updateScope(set, 'deep', { auth: { kind: 'inherit' }, environmentId: null, description: null });
    expect(findItem(back, 'deep')?.item).not.toHaveProperty('environmentId');
    expect(findItem(back, 'deep')?.item).not.toHaveProperty('description');
    expect(updateScope(sample(), null, { environmentId: 'env-2' }).environmentId).toBe('env-2');
    expect(() => updateScope(sample(), 'r1', { environmentId: 'x' })).toThrow(/in its own tabs/);
    expect(collectionSchema.safeParse(set).success).toBe(true);
  });
});
