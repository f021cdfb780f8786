/**
 * Seed 000's whole path, as a new user would walk it: the Sandbox connection, the DSCC spec, "Get all
 * storage systems" with select and sort, Send, and reading the answer — then paging, fetch-all, the
 * 403 advice, and history.
 */
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { HistoryPage } from '../pages/history-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';

test('get all storage systems with select and sort, and read them as JSON and as a table', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const connections = new ConnectionsPage(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  await app.ready();
  await expect(connections.picker).toContainText('Sandbox');
  await app.screenshot('step-1-first-run');

  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  expect(await request.tickedParams()).toEqual([]);
  await app.screenshot('step-2-operation');

  await request.chooseFields('id');
  await request.sortBy(['id', 'asc'], ['name', 'desc']);
  expect((await request.tickedParams()).sort()).toEqual(['select', 'sort']);
  // The URL bar reads decoded; the request goes out encoded (checked on the Headers tab below).
  await request.expectUrl('{{baseUrl}}/api/v1/storage-systems?sort=id asc,name desc&select=id');
  await app.screenshot('step-3-select-sort');

  await request.send();
  await response.waitForAnswer();
  expect(await response.statusText()).toContain('200');
  expect(await response.columnHeaders()).toEqual(['id']);
  const ids = await response.visibleColumnValues('id');
  expect(ids.length).toBeGreaterThan(1);
  expect([...ids].sort()).toEqual(ids);
  await app.screenshot('step-4-table');
  await response.openTab('Pretty');
  await expect(shoreline.page.locator('.monaco-editor .view-lines')).toContainText('"items"');
  await app.screenshot('step-5-pretty');
  expect((await response.sentRequest()).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/storage-systems\?sort=id%20asc%2Cname%20desc&select=id$/);
  expect(shoreline.consoleErrors).toEqual([]);
});

test('page through volumes, fetch them all, see the 403 advice for a limited role, and reopen from history', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const connections = new ConnectionsPage(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  const history = new HistoryPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all volumes');
  await request.setValue('limit', '100');
  await request.send();
  await response.waitForAnswer();
  expect(await response.pageSummary()).toMatch(/Page 1 of \d+/);
  await response.nextPage();
  expect(await response.pageSummary()).toMatch(/Page 2 of \d+/);
  await app.screenshot('step-6-paging');
  const outcome = await response.fetchAll();
  expect(outcome).toMatch(/Fetched ([\d,]+) of \1 items/);
  await app.screenshot('step-7-fetch-all');

  await connections.pick('Sandbox (limited role)');
  await request.send();
  await response.waitForAnswer();
  expect(await response.statusText()).toContain('403');
  expect(await response.advicePermission()).toBe('data-services.volume.read');
  expect(await response.adviceText()).toMatch(/role/i);
  // Who to ask is said once, not twice.
  expect((await response.adviceText()).match(/administrator/gi)).toHaveLength(1);
  await app.screenshot('step-8-forbidden');

  await app.openTab('History');
  await expect.poll(async () => (await history.entryTexts()).length).toBeGreaterThanOrEqual(3);
  await history.search('403');
  expect(await history.entryTexts()).toHaveLength(1);
  await history.open(0);
  await expect(request.value('limit')).toHaveValue('100');
  await app.screenshot('step-9-history');
});
