import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../store/document-store';
import { createCollectionsService } from './collections-service';
import { createOpenFoldersService } from './open-folders';

function open(dir: string) {
  const stores = createDocumentStore({ folder: dir, by: 'test' });
  const collections = createCollectionsService({ stores });
  return { collections, openFolders: createOpenFoldersService({ stores, collections }) };
}

describe('open folders of the collections tree', () => {
  it('come back after a restart, without the keys of collections and folders that do not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-open-folders-'));
    const first = open(dir);
    const dscc = first.collections.create('DSCC').id;
    const storage = first.collections.addFolder(dscc, null, 'Storage').itemId;
    const deep = first.collections.addFolder(dscc, storage, 'Volumes').itemId;
    const other = first.collections.create('Other').id;
    expect(first.openFolders.get()).toEqual([]);
    const kept = first.openFolders.set([dscc, `${dscc}/${storage}`, `${dscc}/${deep}`, `${dscc}/${deep}`, other, 'c-gone', `${dscc}/f-gone`]);
    expect(kept).toEqual([dscc, `${dscc}/${storage}`, `${dscc}/${deep}`, other]);
    expect(JSON.parse(readFileSync(join(dir, 'collections', '_open.json'), 'utf8'))).toMatchObject({ data: { keys: kept } });

    const again = open(dir);
    expect(again.openFolders.get()).toEqual(kept);
    // A folder and a collection deleted since (here, or by the command line) are left out.
    again.collections.delete(dscc, storage);
    again.collections.delete(other);
    expect(again.openFolders.get()).toEqual([dscc]);
  });
});
