// Sends from saved requests through the real services and the Sandbox: a folder set to the
// limited-role connection gets the 403 with its advice while the rest of the collection succeeds;
// folder, collection and global variables fill the address; captures write back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequestSchema } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';
import { blankRequest } from '../../../shared/model/request';
import { sendFieldsOf } from '../../../shared/model/request-send';
import type { Services } from '../create-services';
import { startServicesInTempFolder, type TempServices } from '../test-support/temp-services';

let started: TempServices;
let services: Services;
let dscc: string;
let storage: string;
let volumes: string;
let rootVolumes: string;

beforeAll(async () => {
  started = await startServicesInTempFolder('shoreline-send-scope-');
  services = started.services;
  const { collections } = services;
  dscc = collections.create('DSCC').id;
  storage = collections.addFolder(dscc, null, 'Storage').itemId;
  collections.updateSettings({ collectionId: dscc, itemId: storage, auth: { kind: 'connection', connectionId: 'sandbox-limited' }, variables: [{ key: 'resource', value: 'volumes', enabled: true }] });
  collections.updateSettings({ collectionId: dscc, variables: [{ key: 'resource', value: 'storage-systems', enabled: true }, { key: 'api', value: '/api/v1', enabled: true }] });
  const request = { ...blankRequest(), url: '{{baseUrl}}{{api}}/{{resource}}' };
  volumes = collections.saveRequest({ collectionId: dscc, parentId: storage, name: 'Volumes', request }).itemId;
  rootVolumes = collections.saveRequest({ collectionId: dscc, name: 'Volumes at the top', request: { ...request, url: '{{baseUrl}}{{api}}/volumes' } }).itemId;
}, 30_000);
afterAll(() => started.stop());

/** `http.send` for a saved request, as the window sends it (the active environment is the Sandbox). */
function sendSaved(itemId: string, extra: Record<string, unknown> = {}) {
  const saved = services.collections.getRequest(dscc, itemId).item.request;
  const input = sendRequestSchema.parse({ requestId: `r-${itemId}-${Math.random()}`, environmentId: 'sandbox', ...sendFieldsOf(saved), scope: { collectionId: dscc, itemId }, ...extra });
  return services.http.send(input);
}

describe('sending a saved request', () => {
  it('uses the folder’s limited-role connection: 403 with the permission named, while the rest of the collection succeeds', async () => {
    const forbidden = await sendSaved(volumes);
    expect(forbidden.status).toBe(403);
    expect(forbidden.sent.url).toMatch(/\/api\/v1\/volumes$/);
    expect(forbidden.advice?.permission).toBe('data-services.volume.read');
    const fine = await sendSaved(rootVolumes);
    expect(fine.status).toBe(200);
  });

  it('fills variables nearest first: the folder’s over the collection’s', async () => {
    const atTop = services.collections.saveRequest({ collectionId: dscc, name: 'Systems', request: { ...blankRequest(), url: '{{baseUrl}}{{api}}/{{resource}}' } }).itemId;
    const systems = await sendSaved(atTop);
    expect(systems.status).toBe(200);
    expect(systems.sent.url).toMatch(/\/api\/v1\/storage-systems$/);
  });

  it('lets the request’s own variables and auth choice win, and globals fill what nothing else defines', async () => {
    services.collections.setGlobals([{ key: 'limit', value: '2', enabled: true }]);
    const own = await sendSaved(volumes, { connectionId: 'sandbox', url: '{{baseUrl}}{{api}}/{{resource}}?limit={{limit}}', variables: [{ key: 'resource', value: 'volumes', enabled: true }] });
    expect(own.status).toBe(200);
    expect(own.sent.url).toMatch(/\/api\/v1\/volumes\?limit=2$/);
  });

  it('says where it looked when a variable is defined nowhere', async () => {
    const missing = await sendSaved(volumes, { url: '{{baseUrl}}/{{nowhere}}' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(ShorelineError);
    expect((missing as ShorelineError).message).toBe(
      'The address uses {{nowhere}}, which is defined nowhere Shoreline looks: the request, its folders, “Sandbox”, its collection or the global variables. Add it to one of them or type the value.',
    );
  });

  it('runs captures after a 2xx and writes into the collection and the globals; a built-in environment refuses in words', async () => {
    const response = await sendSaved(rootVolumes, {
      connectionId: 'sandbox',
      url: '{{baseUrl}}{{api}}/storage-systems',
      captures: [
        { variable: 'firstSystem', source: 'body', path: 'items[0].id', scope: 'collection', enabled: true },
        { variable: 'status', source: 'status', path: '', scope: 'global', enabled: true },
        { variable: 'inEnv', source: 'body', path: 'items[0].id', scope: 'environment', enabled: true },
        { variable: 'off', source: 'status', path: '', scope: 'global', enabled: false },
      ],
    });
    expect(response.status).toBe(200);
    const firstId = response.body.kind === 'text' ? (JSON.parse(response.body.text) as { items: { id: string }[] }).items[0]!.id : '';
    expect(response.captured).toEqual([
      { variable: 'firstSystem', scope: 'collection', value: firstId },
      { variable: 'status', scope: 'global', value: '200' },
      { variable: 'inEnv', scope: 'environment', problem: '"Sandbox" is built into Shoreline and cannot be changed. Duplicate it to make your own copy.' },
    ]);
    expect(services.collections.get(dscc).variables).toContainEqual({ key: 'firstSystem', value: firstId, enabled: true });
    expect(services.collections.globals()).toContainEqual({ key: 'status', value: '200', enabled: true });
    // The captured value feeds the next request.
    const next = await sendSaved(rootVolumes, { connectionId: 'sandbox', url: '{{baseUrl}}{{api}}/storage-systems/{{firstSystem}}' });
    expect(next.status).toBe(200);
    expect(next.sent.url).toContain(firstId);
  });

  it('refuses a request whose collection is gone, in words', async () => {
    const input = sendRequestSchema.parse({ requestId: 'gone', environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/x', scope: { collectionId: 'c-gone', itemId: 'r-1' } });
    await expect(services.http.send(input)).rejects.toThrow(/collection no longer exists/);
  });
});
