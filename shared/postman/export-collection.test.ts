import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Collection, CollectionItem } from '../model/collection';
import deviceOnboarding from './fixtures/device-onboarding.postman_collection.json';
import greenlake from './fixtures/greenlake-platform.postman_collection.json';
import storageV20 from './fixtures/storage-v2.0.postman_collection.json';
import { exportPostmanCollection, exportPostmanCollectionText, importPostmanCollection, type PostmanImport } from './index';
import { arbitraryCollection, withConnectionsAsInherit } from './test-support/arbitrary-collection';
import schema from './schema/postman-collection-v2.1.0.schema.json';

const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

function importOf(file: unknown): PostmanImport {
  const result = importPostmanCollection(typeof file === 'string' ? file : JSON.stringify(file), { now: '2026-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** What must survive export then import: everything but the collection's own id, origin and time stamps. */
const kept = ({ id: _id, origin: _origin, createdAt: _c, updatedAt: _u, ...rest }: Collection) => rest;

function expectValid(document: unknown) {
  const ok = validate(document);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

describe('export to Postman v2.1', () => {
  it.each([
    ['GreenLake platform', greenlake],
    ['device onboarding', deviceOnboarding],
  ])('%s: validates against the published v2.1.0 schema and imports back the same collection', (_name, file) => {
    const first = importOf(file);
    const document = exportPostmanCollection(first.collection);
    expectValid(document);
    const second = importOf(exportPostmanCollectionText(first.collection));
    expect(kept(second.collection)).toEqual(kept(first.collection));
    // The token pattern survives: the export sends `Bearer {{BearerToken}}` as the original did.
    expect(second.report.connectionOffer?.tokenUrl).toBe(first.report.connectionOffer?.tokenUrl);
  });

  it('writes a v2.0 import back as v2.1 (a Basic token request comes back unmarked: its credentials belong to the connection)', () => {
    const first = importOf(storageV20);
    const document = exportPostmanCollection(first.collection);
    expectValid(document);
    expect(document.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
    const second = importOf(document);
    expect(second.collection.origin).toMatchObject({ schemaVersion: '2.1' });
    const unmark = (items: CollectionItem[]): CollectionItem[] =>
      items.map((i) => (i.kind === 'folder' ? { ...i, items: unmark(i.items) } : (({ handledByConnection: _h, ...rest }) => rest)(i)));
    expect(kept(second.collection)).toEqual({ ...kept(first.collection), items: unmark(first.collection.items) });
  });

  it('writes captures as a 2xx-guarded test script and kept scripts after it, as they were', () => {
    const file = {
      info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        {
          name: 'r',
          event: [{ listen: 'test', script: { exec: ['pm.test("ok", function () { pm.response.to.have.status(200); });', 'pm.collectionVariables.set("DeviceId", JSON.parse(responseBody).items[0].id);'] } }],
          request: { method: 'GET', url: '{{baseUrl}}/devices' },
        },
      ],
    };
    const collection = importOf(file).collection;
    const item = collection.items[0];
    if (item?.kind !== 'request') throw new Error('no request');
    item.request.captures.push({ variable: 'loc', source: 'header', path: 'Location', scope: 'environment', enabled: false });
    const document = exportPostmanCollection(collection) as { item: { event: { listen: string; script: { exec: string[] } }[] }[] };
    expect(document.item[0]?.event).toEqual([
      {
        listen: 'test',
        script: {
          type: 'text/javascript',
          exec: [
            'if (pm.response.code >= 200 && pm.response.code < 300) {',
            '    // Shoreline captures: after a 2xx answer, save these values from it into variables.',
            '    pm.collectionVariables.set("DeviceId", pm.response.json().items[0].id);',
            '    // Shoreline capture, turned off: pm.environment.set("loc", pm.response.headers.get("Location"));',
            '}',
            '',
            'pm.test("ok", function () { pm.response.to.have.status(200); });',
          ],
        },
      },
    ]);
  });

  it('writes a connection as a Bearer {{token}} placeholder with a note, and never a withheld secret', () => {
    const first = importOf(greenlake);
    const collection: Collection = { ...first.collection, auth: { kind: 'connection', connectionId: 'conn-1' } };
    const text = exportPostmanCollectionText(collection);
    const document = JSON.parse(text) as { auth: unknown; info: { description: string } };
    expect(document.auth).toEqual({ type: 'bearer', bearer: [{ key: 'token', value: '{{BearerToken}}', type: 'string' }] });
    expect(document.info.description).toMatch(/signed in by a Shoreline connection .* never exported/);
    for (const secret of first.withheld) expect(text).not.toContain(secret.value);
    expect(text).not.toContain('conn-1');
    // Back in, the note is gone and the auth waits for a connection again.
    expect(importOf(text).collection).toMatchObject({ auth: { kind: 'inherit' }, description: first.collection.description });
  });

  it('import(export(c)) gives back c for generated collections (nested folders, duplicate and unticked rows, bodies, variables, captures)', () => {
    fc.assert(
      fc.property(arbitraryCollection(), (collection) => {
        const document = exportPostmanCollection(collection);
        expect(validate(document), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
        const back = importOf(JSON.stringify(document));
        expect(kept(back.collection)).toEqual(kept(withConnectionsAsInherit(collection)));
        expect(back.withheld).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
