import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { SavedRequest } from '../../../shared/model/request';
import { createCollectionsService, type CollectionsService } from '../collections/collections-service';
import { imported } from '../specs/imported-for-tests';
import { createSpecsService, type SpecsService } from '../specs/specs-service';
import { createDocumentStore, type DocumentStore } from '../store/document-store';
import { createSpecReviewService, type SpecReviewService } from './spec-review-service';

const fixture = (v: 1 | 2) => readFileSync(resolve(__dirname, `../../../e2e/fixtures/specs/spec-review/fleet-v${v}.json`), 'utf8');

interface World {
  dir: string;
  stores: DocumentStore;
  specs: SpecsService;
  collections: CollectionsService;
  review: SpecReviewService;
}
const open: SpecsService[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.dispose();
});

function world(dir = mkdtempSync(join(tmpdir(), 'shoreline-review-'))): World {
  const stores = createDocumentStore({ folder: dir, by: 'test' });
  const specs = createSpecsService({ store: stores });
  open.push(specs);
  const collections = createCollectionsService({ stores });
  return { dir, stores, specs, collections, review: createSpecReviewService({ stores, specs, collections, now: () => new Date('2026-12-02T10:00:00Z') }) };
}

const request = (specId: string, key: string, over: Partial<SavedRequest> = {}): SavedRequest => {
  const [method, path] = key.split(' ') as [SavedRequest['method'], string];
  return { method, url: `{{baseUrl}}${path}`, pathParams: [], query: [], headers: [], body: { kind: 'none' }, auth: { kind: 'inherit' }, variables: [], captures: [], operation: { specId, operationKey: key }, ...over };
};

/** v1 imported, four requests saved from it (and one plain request), v2 imported over it. */
async function reimported(w: World) {
  const first = await imported(w.specs.importText({ text: fixture(1), fileName: 'fleet.json' }));
  const specId = first.spec.id;
  const { id: collectionId } = w.collections.create('Fleet');
  const save = (name: string, r: SavedRequest) => w.collections.saveRequest({ collectionId, parentId: null, name, request: r }).itemId;
  const ids = {
    list: save('Gold volumes', request(specId, 'GET /volumes', { query: [{ key: 'limit', value: '50', enabled: true }, { key: 'offset', value: '10', enabled: true }] })),
    one: save('Volume 7', request(specId, 'GET /volumes/{volumeId}', { pathParams: [{ key: 'volumeId', value: 'vol-7' }] })),
    snap: save('Drop snapshot', request(specId, 'DELETE /snapshots/{snapshotId}', { pathParams: [{ key: 'snapshotId', value: 'snap-1' }] })),
    hosts: save('Hosts', request(specId, 'GET /hosts')),
    plain: save('Somewhere else', { ...request(specId, 'GET /x'), operation: undefined } as SavedRequest),
  };
  const second = await imported(w.specs.importText({ text: fixture(2), fileName: 'fleet.json' }));
  expect(second.replaced).toBe(true);
  return { specId, collectionId, ids };
}

describe('the spec review', () => {
  it('lists each linked request as unchanged, changed or removed, with the changes in words', async () => {
    const w = world();
    const { specId, ids } = await reimported(w);
    const review = await w.review.review(specId);
    expect(review).toMatchObject({ title: 'Fleet Review API', fromVersion: '1.0.0', toVersion: '2.0.0', available: true, pending: 3 });
    const byId = new Map(review.items.map((i) => [i.itemId, i]));
    expect(review.items).toHaveLength(4);
    expect(byId.get(ids.one)).toMatchObject({ status: 'unchanged', name: 'Volume 7', collectionName: 'Fleet' });
    expect(byId.get(ids.list)?.changes.map((c) => c.text)).toEqual([
      'Query parameter “limit” is now string (was integer).',
      'New required query parameter “region” (string).',
      'Query parameter “offset” was removed.',
    ]);
    expect(byId.get(ids.snap)).toMatchObject({ status: 'removed', match: expect.stringContaining('operationId “deleteSnapshot”') });
    expect(byId.get(ids.hosts)).toMatchObject({ status: 'changed', newKey: 'GET /servers', match: 'Found by its operationId “listHosts”.' });
  });

  it('updates one request keeping its values, keeps another, keeps a removed one as plain — and all of it survives a restart', async () => {
    const w = world();
    const { specId, collectionId, ids } = await reimported(w);
    await w.review.review(specId);
    const after = await w.review.apply(specId, [
      { collectionId, itemId: ids.list, action: 'update' },
      { collectionId, itemId: ids.hosts, action: 'keep' },
      { collectionId, itemId: ids.snap, action: 'plain' },
    ]);
    expect(after.pending).toBe(0);
    const updated = w.collections.getRequest(collectionId, ids.list).item.request;
    expect(updated.query).toEqual([
      { key: 'limit', value: '50', enabled: true },
      { key: 'filter', value: '', enabled: false },
      { key: 'region', value: '', enabled: false },
    ]);
    expect(updated.description).toBe('**Updated to Fleet Review API 2.0.0 on 2026-12-02**\n\n- Query parameter “offset” was dropped: the new version does not have it. It held “10”.');
    expect(w.collections.getRequest(collectionId, ids.hosts).item.request.url).toBe('{{baseUrl}}/hosts');
    expect(w.collections.getRequest(collectionId, ids.snap).item.request.operation).toBeUndefined();

    await w.specs.dispose();
    const again = world(w.dir);
    const review = await again.review.review(specId);
    expect(review.items.map((i) => [i.name, i.decision])).toEqual([
      ['Gold volumes', 'updated'],
      ['Volume 7', 'pending'],
      ['Drop snapshot', 'plain'],
      ['Hosts', 'kept'],
    ]);
    expect(again.collections.getRequest(collectionId, ids.list).item.request.query.map((r) => r.key)).toEqual(['limit', 'filter', 'region']);
  });

  it('undoes an update and a plain keep, putting the requests back as they were', async () => {
    const w = world();
    const { specId, collectionId, ids } = await reimported(w);
    const before = w.collections.getRequest(collectionId, ids.list).item.request;
    const snapBefore = w.collections.getRequest(collectionId, ids.snap).item.request;
    await w.review.apply(specId, [{ collectionId, itemId: ids.list, action: 'update' }, { collectionId, itemId: ids.snap, action: 'plain' }]);
    const undone = await w.review.apply(specId, [{ collectionId, itemId: ids.list, action: 'undo' }, { collectionId, itemId: ids.snap, action: 'undo' }]);
    expect(undone.pending).toBe(3);
    expect(w.collections.getRequest(collectionId, ids.list).item.request).toEqual(before);
    expect(w.collections.getRequest(collectionId, ids.snap).item.request).toEqual(snapBefore);
  });

  it('undoing the spec update puts back the requests its review changed, and leaves one edited since as it is', async () => {
    const w = world();
    const { specId, collectionId, ids } = await reimported(w);
    const before = (id: string) => w.collections.getRequest(collectionId, id).item.request;
    const listBefore = before(ids.list);
    const snapBefore = before(ids.snap);
    const hostsBefore = before(ids.hosts);
    await w.review.apply(specId, [
      { collectionId, itemId: ids.list, action: 'update' },
      { collectionId, itemId: ids.snap, action: 'plain' },
      { collectionId, itemId: ids.hosts, action: 'update' },
    ]);
    expect(before(ids.hosts).operation?.operationKey).toBe('GET /servers');
    const edited = { ...before(ids.hosts), url: '{{baseUrl}}/servers?mine' };
    w.collections.saveRequest({ collectionId, itemId: ids.hosts, request: edited });

    const undone = await w.review.undoUpdate();
    expect(undone).toMatchObject({ spec: { id: specId, version: '1.0.0' }, requestsPutBack: 2, editedSince: ['Hosts'] });
    expect(before(ids.list)).toEqual(listBefore);
    expect(before(ids.snap)).toEqual(snapBefore);
    expect(before(ids.hosts)).toEqual(edited);
    expect(hostsBefore.operation?.operationKey).toBe('GET /hosts');
    expect((await w.review.review(specId)).available).toBe(false);
    await expect(w.review.undoUpdate()).rejects.toMatchObject({ code: 'not_found' });
  });

  it('undoing an update nobody reviewed puts back the spec and touches no request', async () => {
    const w = world();
    const { specId, collectionId, ids } = await reimported(w);
    const listBefore = w.collections.getRequest(collectionId, ids.list).item.request;
    expect(await w.review.undoUpdate()).toMatchObject({ spec: { id: specId, version: '1.0.0' }, requestsPutBack: 0, editedSince: [] });
    expect(w.collections.getRequest(collectionId, ids.list).item.request).toEqual(listBefore);
  });

  it('refuses to undo over edits made since, to update a removed endpoint, and to decide twice — saving nothing wrong', async () => {
    const w = world();
    const { specId, collectionId, ids } = await reimported(w);
    await w.review.apply(specId, [{ collectionId, itemId: ids.list, action: 'update' }]);
    const edited = { ...w.collections.getRequest(collectionId, ids.list).item.request, url: '{{baseUrl}}/volumes?mine' };
    w.collections.saveRequest({ collectionId, itemId: ids.list, request: edited });
    await expect(w.review.apply(specId, [{ collectionId, itemId: ids.list, action: 'undo' }])).rejects.toThrow('was edited after it was updated');
    expect(w.collections.getRequest(collectionId, ids.list).item.request.url).toBe('{{baseUrl}}/volumes?mine');
    await expect(w.review.apply(specId, [{ collectionId, itemId: ids.snap, action: 'update' }])).rejects.toThrow('its endpoint is gone from Fleet Review API 2.0.0');
    await expect(w.review.apply(specId, [{ collectionId, itemId: ids.list, action: 'keep' }])).rejects.toThrow('already decided');
    await expect(w.review.apply(specId, [{ collectionId, itemId: ids.one, action: 'undo' }])).rejects.toThrow('no decision to undo');
  });

  it('says there is nothing to compare with for a spec imported once, and after its update was undone', async () => {
    const w = world();
    const first = await imported(w.specs.importText({ text: fixture(1), fileName: 'fleet.json' }));
    expect(await w.review.review(first.spec.id)).toMatchObject({ available: false, items: [], reason: expect.stringContaining('no earlier version') });
    await imported(w.specs.importText({ text: fixture(2), fileName: 'fleet.json' }));
    expect((await w.review.review(first.spec.id)).available).toBe(true);
    await w.specs.undoReplace();
    expect((await w.review.review(first.spec.id)).available).toBe(false);
  });

  it('leaves out a request deleted since the review was made', async () => {
    const w = world();
    const { specId, collectionId, ids } = await reimported(w);
    await w.review.review(specId);
    w.collections.delete(collectionId, ids.snap);
    const review = await w.review.review(specId);
    expect(review.items.map((i) => i.itemId)).not.toContain(ids.snap);
    expect(review.pending).toBe(2);
  });

  it('compares a YAML spec too (its earlier version is read from the kept document or its source)', async () => {
    const w = world();
    const yaml = (v: 1 | 2) => stringify(JSON.parse(fixture(v)));
    const first = await imported(w.specs.importText({ text: yaml(1), fileName: 'fleet.yaml' }));
    const { id: collectionId } = w.collections.create('Fleet');
    w.collections.saveRequest({ collectionId, parentId: null, name: 'Gold volumes', request: request(first.spec.id, 'GET /volumes') });
    await imported(w.specs.importText({ text: yaml(2), fileName: 'fleet.yaml' }));
    const review = await w.review.review(first.spec.id);
    expect(review.items.map((i) => [i.name, i.status, i.changes.length])).toEqual([['Gold volumes', 'changed', 3]]);
  });
});
