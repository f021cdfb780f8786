// A watch of a saved request is sent as the request itself is: through its collection and folders
// (`resolveScope`), at every check — here a folder set to the Sandbox's limited-role connection makes
// the watch of volumes stop with the missing permission, while the same request outside it is watched.
import { afterEach, expect, it } from 'vitest';
import { watchStartSchema } from '../../../shared/contract/watch';
import { blankRequest } from '../../../shared/model/request';
import { sandboxIds } from '../sandbox-link/sandbox-link';
import { startServicesInTempFolder, type TempServices } from '../test-support/temp-services';

let started: TempServices | undefined;
afterEach(() => started?.stop());

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('resolves a saved request through its folder at every check: the folder’s limited role stops the watch with the permission named', async () => {
  started = await startServicesInTempFolder('shoreline-watch-scope-');
  const { collections, watch } = started.services;
  const collection = collections.create('Storage');
  const { itemId: folderId } = collections.addFolder(collection.id, null, 'Restricted');
  collections.updateSettings({ collectionId: collection.id, itemId: folderId, auth: { kind: 'connection', connectionId: sandboxIds.limitedConnection } });
  const volumes = { ...blankRequest(), url: '{{baseUrl}}/api/v1/volumes' };
  const restricted = collections.saveRequest({ collectionId: collection.id, parentId: folderId, name: 'Volumes', request: volumes });
  const open = collections.saveRequest({ collectionId: collection.id, parentId: null, name: 'Volumes', request: volumes });

  const start = (itemId: string) =>
    watch.start(watchStartSchema.parse({ request: { environmentId: sandboxIds.environment, method: 'GET', url: volumes.url, scope: { collectionId: collection.id, itemId } }, intervalSeconds: 5, notify: false }));
  const stopped = await start(restricted.itemId);
  const watched = await start(open.itemId);
  await waitFor(() => watch.get(stopped.id).phase === 'stopped', 'the restricted watch to stop');
  await waitFor(() => watch.get(watched.id).checks >= 1, 'the first check of the open one');
  expect(watch.get(stopped.id).stop).toMatchObject({ code: 'forbidden', status: 403, permission: 'data-services.volume.read' });
  expect(watch.get(watched.id)).toMatchObject({ phase: 'waiting', found: 0 });
}, 30_000);
