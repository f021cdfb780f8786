/**
 * Collections (issue #10): the seed-000 request saved into "DSCC" › "Storage", kept across a restart
 * and sent again from the collection with its ticks and values; delete and Undo; a folder set to the
 * Sandbox's limited-role connection getting the 403 advice while the rest of the collection
 * succeeds; rename, move (by keyboard and by drag and drop), and saved requests found by the search.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { CollectionsPage } from '../pages/collections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';
import { TabsPage } from '../pages/tabs-page';

// The URL line shows the query decoded, as the user reads it (`displayUrl`).
const seedUrl = '{{baseUrl}}/api/v1/storage-systems?sort=id asc,name desc&select=id';

test('the seed-000 request saved into DSCC › Storage comes back after a restart with both ticks and values, and sends', async ({ shoreline }) => {
  let app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  let request = new RequestPage(shoreline.page);
  let collections = new CollectionsPage(shoreline.page);
  let tabs = new TabsPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.chooseFields('id');
  await request.sortBy(['id', 'asc'], ['name', 'desc']);
  await request.expectUrl(seedUrl);

  // Ctrl+S on a request that is not saved yet asks where, named after the operation's summary.
  await shoreline.page.keyboard.press('Control+s');
  expect(await collections.offeredName()).toBe('Get all storage systems');
  await collections.saveInto({ collection: 'DSCC', folder: 'Storage', create: true });
  await expect(tabs.tab('Get all storage systems')).toHaveAttribute('data-dirty', 'false');
  await expect(shoreline.page.getByTestId('saved-in')).toHaveText('Saved in DSCC › Storage');
  // The tree shows where it went.
  await collections.open();
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    Get all storage systems']);
  await tabs.waitUntilKept();

  await shoreline.restart();
  app = new AppWindow(shoreline.page);
  request = new RequestPage(shoreline.page);
  collections = new CollectionsPage(shoreline.page);
  tabs = new TabsPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  await app.ready();
  // The open tab came back with its draft; close it, and open the request from the collection instead.
  expect(await tabs.titles()).toEqual(['Get all storage systems']);
  await request.expectUrl(seedUrl);
  await shoreline.page.keyboard.press('Control+w');
  await expect(tabs.tabs).toHaveCount(0);

  // The tree comes back as it was left: DSCC and Storage open.
  await collections.open();
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    Get all storage systems']);
  await collections.openRequest('Get all storage systems');
  expect((await request.tickedParams()).sort()).toEqual(['select', 'sort']);
  await expect(request.value('select')).toHaveValue('id');
  await expect(request.value('sort')).toHaveValue('id asc,name desc');
  await request.expectUrl(seedUrl);
  await expect(shoreline.page.getByTestId('scope-token')).toHaveText(/Token: Sandbox from environment Sandbox/);
  await request.send();
  expect(await response.statusText()).toContain('200');
  expect(await response.columnHeaders()).toEqual(['id']);
  const ids = await response.visibleColumnValues('id');
  expect(ids.length).toBeGreaterThan(1);
  expect([...ids].sort()).toEqual(ids);
  await app.screenshot('collections-seed-000-reopened');
  expect(shoreline.consoleErrors).toEqual([]);
});

test('deleting a folder can be undone, putting it back where it was with what was in it', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const collections = new CollectionsPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await collections.open();
  await collections.newCollection('DSCC');
  await collections.newFolder('DSCC', 'Storage');
  await collections.newFolder('DSCC', 'Hosts');
  await app.openTab('Explorer');
  await explorer.openOperation('Get all storage systems');
  await shoreline.page.keyboard.press('Control+s');
  await collections.saveInto({ collection: 'DSCC', folder: 'Storage' });
  await collections.open();
  await collections.expandPath('Storage');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    Get all storage systems', '  Hosts']);

  // Delete with the keyboard, then Undo.
  await collections.focusRow('Storage');
  await shoreline.page.keyboard.press('Delete');
  await expect(collections.undoMessage).toContainText('Deleted folder “Storage”.');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Hosts']);
  await app.screenshot('collections-deleted-undo');
  await collections.undo();
  await collections.expand('Storage');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    Get all storage systems', '  Hosts']);

  // Deleted from the menu and left alone: gone for good once the message goes.
  await collections.rowAction('Hosts', 'Delete');
  await expect(collections.undoMessage).toContainText('Deleted folder “Hosts”.');
  await expect(collections.undoMessage).toBeHidden({ timeout: 15_000 });
  await app.reload();
  await collections.open();
  await collections.expandPath('DSCC', 'Storage');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    Get all storage systems']);
});

test('a folder set to the Sandbox’s limited-role connection gets the 403 advice while the rest of the collection succeeds', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const collections = new CollectionsPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  const tabs = new TabsPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all volumes');
  await shoreline.page.keyboard.press('Control+s');
  await collections.saveInto({ collection: 'DSCC', create: true });
  await collections.open();
  await collections.newFolder('DSCC', 'Restricted');
  await app.openTab('Explorer');
  await explorer.openOperation('Get all volumes');
  await shoreline.page.keyboard.press('Control+Shift+s');
  await collections.saveInto({ collection: 'DSCC', folder: 'Restricted', name: 'Volumes with a limited role' });
  await collections.open();
  await collections.setConnection('Restricted', 'Sandbox (limited role)');
  await collections.expand('Restricted');

  await collections.openRequest('Volumes with a limited role');
  await expect(shoreline.page.getByTestId('scope-token')).toHaveText('Token: Sandbox (limited role) from folder Restricted');
  await request.send();
  expect(await response.statusText()).toContain('403');
  expect(await response.advicePermission()).toBe('data-services.volume.read');
  expect(await response.adviceText()).toMatch(/role/i);
  await expect(shoreline.page.getByRole('alert').filter({ hasText: /^Saved / })).toBeHidden({ timeout: 15_000 });
  await app.screenshot('collections-folder-403');

  await collections.openRequest('Get all volumes');
  await expect(shoreline.page.getByTestId('scope-token')).toHaveText('Token: Sandbox from environment Sandbox');
  await request.send();
  expect(await response.statusText()).toContain('200');
  expect(await response.itemsText()).toMatch(/items/);
  // Each tab kept its own answer.
  await tabs.show('Volumes with a limited role');
  expect(await response.statusText()).toContain('403');
});

test('rename in place with F2, move by keyboard and by drag and drop, and find saved requests in the explorer’s search', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const collections = new CollectionsPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await shoreline.page.keyboard.press('Control+s');
  await collections.saveInto({ collection: 'DSCC', folder: 'Storage', create: true });
  await collections.open();
  await collections.newFolder('DSCC', 'Archive');
  await collections.expandPath('Storage');

  await collections.focusRow('Get all storage systems');
  await shoreline.page.keyboard.press('F2');
  await shoreline.page.getByRole('textbox', { name: 'New name' }).fill('My arrays');
  await shoreline.page.keyboard.press('Enter');
  await expect(collections.row('My arrays')).toBeVisible();

  // Move to… is the keyboard's way.
  await collections.focusRow('My arrays');
  await shoreline.page.keyboard.press('Shift+F10');
  await shoreline.page.getByRole('menuitem', { name: 'Move to…' }).click();
  const move = shoreline.page.getByTestId('move-dialog');
  await move.getByRole('combobox', { name: 'Move to' }).click();
  await shoreline.page.getByRole('option', { name: 'Archive' }).click();
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await collections.expand('Archive');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '  Archive', '    My arrays']);

  // Drag and drop back into Storage.
  await collections.row('My arrays').dragTo(collections.row('Storage'));
  await collections.expand('Storage');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    My arrays', '  Archive']);
  // Alt+↑ moves a row up among its neighbours.
  await collections.focusRow('Archive');
  await shoreline.page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Archive', '  Storage', '    My arrays']);
  await app.screenshot('collections-tree');

  await app.openTab('Explorer');
  await explorer.searchFor('arrays');
  const saved = shoreline.page.getByTestId('explorer-saved');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('My arrays');
  await expect(saved).toContainText('DSCC › Storage');
  await explorer.searchFor('storage-systems');
  await expect(saved).toContainText('My arrays');
  await saved.click();
  await expect(shoreline.page.getByRole('heading', { level: 2, name: 'My arrays' })).toBeVisible();
});

test('a damaged collection file is kept aside and named; every other collection still opens', async ({ shoreline }) => {
  let app = new AppWindow(shoreline.page);
  let collections = new CollectionsPage(shoreline.page);
  await app.ready();
  await collections.open();
  await collections.newCollection('Good');
  await collections.newCollection('Broken');
  const folder = join(shoreline.userDataDir, 'collections');
  const broken = readdirSync(folder).find((name) => readFileSync(join(folder, name), 'utf8').includes('"Broken"'))!;
  writeFileSync(join(folder, broken), '{"schemaVersion":1,"data":{"id":"half a fi');

  await shoreline.restart();
  app = new AppWindow(shoreline.page);
  collections = new CollectionsPage(shoreline.page);
  await app.ready();
  await expect(shoreline.page.getByRole('alert').filter({ hasText: 'could not read the collection in' }).first()).toContainText(`${broken} (it is not complete or not valid JSON)`);
  await collections.open();
  await expect.poll(() => collections.outline()).toEqual(['Good']);
  await expect(shoreline.page.getByTestId('collections-panel').getByRole('alert')).toContainText('every other collection opened as usual');
  expect(readdirSync(folder).some((name) => name.startsWith(`${broken}.damaged-`))).toBe(true);
});

test('a header the spec does not list is added under the parameters, sent, saved, and still there after a restart and more edits', async ({ shoreline }) => {
  let app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  let request = new RequestPage(shoreline.page);
  let collections = new CollectionsPage(shoreline.page);
  let response = new ResponsePage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.addRow('Other headers', 'X-Audit-Note', 'weekly check');
  await request.addRow('Other headers', 'Accept-Language', 'en');
  await request.chooseFields('id');
  await request.send();
  expect(await response.statusText()).toContain('200');
  const sent = (await response.sentRequest()).headers;
  expect(sent).toContain('X-Audit-Note');
  expect(sent).toContain('weekly check');
  // An unticked row is kept but not sent, as in Postman.
  await shoreline.page.getByRole('table', { name: 'Other headers' }).getByRole('checkbox', { name: 'Send Accept-Language' }).uncheck();
  await shoreline.page.keyboard.press('Control+s');
  await collections.saveInto({ collection: 'Audit', create: true });
  await app.screenshot('operation-other-headers');

  await shoreline.restart();
  app = new AppWindow(shoreline.page);
  request = new RequestPage(shoreline.page);
  collections = new CollectionsPage(shoreline.page);
  response = new ResponsePage(shoreline.page);
  await app.ready();
  await shoreline.page.keyboard.press('Control+w');
  await collections.open();
  await collections.expandPath('Audit');
  await collections.openRequest('Get all storage systems');
  await expect(request.rowValue('Other headers', 'X-Audit-Note')).toHaveValue('weekly check');
  await expect(shoreline.page.getByRole('table', { name: 'Other headers' }).getByRole('checkbox', { name: 'Send Accept-Language' })).not.toBeChecked();
  // Editing a parameter of the spec keeps the other headers (it once rebuilt the request from the spec alone).
  await request.setValue('limit', '5');
  await request.send();
  const again = (await response.sentRequest()).headers;
  expect(again).toContain('weekly check');
  expect(again).not.toContain('Accept-Language');
  await expect(request.rowValue('Other headers', 'X-Audit-Note')).toHaveValue('weekly check');
  expect(shoreline.consoleErrors).toEqual([]);
});
