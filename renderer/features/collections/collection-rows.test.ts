import { describe, expect, it } from 'vitest';
import type { CollectionOutline, OutlineFolder, OutlineItem } from '../../../shared/contract/collections';
import { collectionRows, destinations, dropPlaces, nudgeTarget, rowKey, type CollectionRow } from './collection-rows';

const request = (id: string): OutlineItem => ({ kind: 'request', id, name: id, method: 'GET', url: `{{baseUrl}}/${id}` });
const folder = (id: string, items: OutlineItem[]): OutlineFolder => ({ kind: 'folder', id, name: id, auth: { kind: 'inherit' }, variables: [], items });
const collection = (id: string, items: OutlineItem[]): CollectionOutline => ({ id, name: id, auth: { kind: 'inherit' }, variables: [], items, origin: { kind: 'created' }, requestCount: 0 });

/** DSCC: Storage (r1, Deep (r2)), r3; Other: (empty). */
const collections = [collection('dscc', [folder('storage', [request('r1'), folder('deep', [request('r2')])]), request('r3')]), collection('other', [])];
const all = new Set([rowKey('dscc'), rowKey('dscc', 'storage'), rowKey('dscc', 'deep'), rowKey('other')]);
const rows = collectionRows(collections, all);
const row = (name: string) => rows.find((r) => r.label === name) as CollectionRow;

describe('collection rows', () => {
  it('flatten collections → folders → requests with their levels, leaving closed parts out', () => {
    expect(rows.map((r) => `${r.level}:${r.label}`)).toEqual(['1:dscc', '2:storage', '3:r1', '3:deep', '4:r2', '2:r3', '1:other']);
    expect(collectionRows(collections, new Set([rowKey('dscc')])).map((r) => r.label)).toEqual(['dscc', 'storage', 'r3', 'other']);
    expect(collectionRows(collections, new Set()).map((r) => r.label)).toEqual(['dscc', 'other']);
    expect(row('r2')).toMatchObject({ kind: 'request', parentId: 'deep', collectionId: 'dscc' });
    expect(row('other')).toMatchObject({ hasChildren: true, expanded: true });
  });

  it('list where a request can be saved or an item moved, leaving out the folder being moved and what is inside it', () => {
    expect(destinations(collections).map((d) => `${d.depth}:${d.label}`)).toEqual(['0:dscc', '1:dscc › storage', '2:dscc › storage › deep', '0:other']);
    expect(destinations(collections, { collectionId: 'dscc', itemId: 'storage' }).map((d) => d.label)).toEqual(['dscc', 'other']);
    expect(destinations(collections, { collectionId: 'dscc', itemId: 'deep' }).map((d) => d.label)).toEqual(['dscc', 'dscc › storage', 'other']);
  });

  it('let a dragged row land before or after items, inside folders and collections, but never inside itself', () => {
    expect(dropPlaces(row('r1'), row('r3'))).toEqual(['before', 'after']);
    expect(dropPlaces(row('r1'), row('deep'))).toEqual(['before', 'inside', 'after']);
    expect(dropPlaces(row('r1'), row('other'))).toEqual(['inside']);
    expect(dropPlaces(row('storage'), row('deep'))).toEqual([]);
    expect(dropPlaces(row('storage'), row('r2'))).toEqual([]);
    expect(dropPlaces(row('deep'), row('r3'))).toEqual(['before', 'after']);
    expect(dropPlaces(row('dscc'), row('other'))).toEqual(['before', 'after']);
    expect(dropPlaces(row('dscc'), row('r3'))).toEqual([]);
  });

  it('find the sibling Alt+↑ and Alt+↓ move a row past, and nothing at either end', () => {
    expect(nudgeTarget(collections, row('r3'), -1)).toEqual({ id: 'storage', where: 'before' });
    expect(nudgeTarget(collections, row('r3'), 1)).toBeUndefined();
    expect(nudgeTarget(collections, row('r1'), 1)).toEqual({ id: 'deep', where: 'after' });
    expect(nudgeTarget(collections, row('r2'), -1)).toBeUndefined();
    expect(nudgeTarget(collections, row('dscc'), 1)).toEqual({ id: 'other', where: 'after' });
    expect(nudgeTarget(collections, row('other'), 1)).toBeUndefined();
  });
});
