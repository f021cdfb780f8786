import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';

test('importing the DSCC spec shows a searchable tree whose expansion survives a reload', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await expect(explorer.specRow('Data Services Cloud Console API')).toContainText('596');
  await expect(shoreline.page.getByText('Imported Data Services Cloud Console API — 596 endpoints.')).toBeVisible();

  await explorer.tagRow('alarms').click();
  await expect(explorer.operations().first()).toBeVisible();
  await app.reload();
  await expect(explorer.operations().first()).toBeVisible();

  await explorer.searchFor('get all storage systems');
  await expect(explorer.operations().first()).toContainText('Get all storage systems');
  await expect(explorer.operations().first()).toContainText('/api/v1/storage-systems');
  expect((await explorer.highlighted()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['storage', 'systems']));
  await expect(shoreline.page.getByText(/matching endpoints?/)).toBeVisible();
  await app.screenshot('explorer-search');
  // Escape empties the box and brings the browsing tree back, with its count line gone.
  await explorer.search.press('Escape');
  await expect(explorer.search).toHaveValue('');
  await expect(shoreline.page.getByText(/matching endpoints?/)).toBeHidden();
  await expect(explorer.tagRow('alarms')).toBeVisible();
  expect(shoreline.consoleErrors).toEqual([]);
});

test('specs import side by side, and files that cannot be used are refused in words without touching them', async ({ shoreline }, testInfo) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('pcbe-private-cloud-business-v1beta1.json'), specFixture('com-compute-ops-mgmt-latest.json'));
  await expect(explorer.specRow(/Private Cloud Business Edition/)).toBeVisible();
  await expect(explorer.specRow('HPE Compute Ops Management API')).toContainText('206');

  mkdirSync(testInfo.outputDir, { recursive: true });
  const notOpenApi = join(testInfo.outputDir, 'notes.json');
  writeFileSync(notOpenApi, JSON.stringify({ hello: 'world' }));
  await explorer.importFiles(notOpenApi);
  await expect(explorer.importError).toContainText('notes.json');
  await expect(explorer.importError).toContainText(/OpenAPI/);

  const brokenYaml = join(testInfo.outputDir, 'broken.yaml');
  writeFileSync(brokenYaml, 'openapi: 3.0.3\ninfo:\n  title: Broken\n  version: 1\npaths:\n  /x:\n    get: [unclosed\n');
  await explorer.importFiles(brokenYaml);
  await expect(explorer.importError).toContainText(/line \d+/);
  await app.screenshot('explorer-import-error');

  // Both earlier specs are still there, unchanged.
  await expect(explorer.specRow(/Private Cloud Business Edition/)).toBeVisible();
  await expect(explorer.specRow('HPE Compute Ops Management API')).toContainText('206');
});

test('the body editor is Monaco from the app itself, with the schema attached, and nothing loads from elsewhere', async ({ shoreline }) => {
  const foreign: string[] = [];
  const workers: string[] = [];
  shoreline.page.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/127\.0\.0\.1:\d+|app:\/\/shoreline|data:|blob:)/.test(url)) foreign.push(url);
    if (/worker/.test(url)) workers.push(url);
  });
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('glp-location-management.json'));
  await explorer.searchFor('Create a Location');
  await explorer.operations().first().click();
  await request.openTab('Body');
  await shoreline.page.getByRole('button', { name: /Insert example|Fill from schema/ }).click();
  const editor = shoreline.page.getByTestId('body-editor');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  await expect(editor.locator('.view-lines')).toContainText('{');
  // The schema is attached: a value of the wrong type is flagged in the editor.
  await editor.locator('.monaco-editor').click();
  await shoreline.page.keyboard.press('ControlOrMeta+A');
  await shoreline.page.keyboard.type('{"name": 5', { delay: 20 });
  await expect(editor.locator('.squiggly-warning, .squiggly-error').first()).toBeVisible();
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  await app.screenshot('request-body-editor');
  expect(foreign).toEqual([]);
});

test('a spec bigger than one web-host command may carry (12 MB, 1,500 operations) imports as one streamed upload', async ({ shoreline }, testInfo) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  const paths: Record<string, unknown> = {};
  const prose = 'Returns the resource with the given identifier, including its state, health and capacity. '.repeat(80);
  for (let i = 0; i < 1500; i++) {
    paths[`/api/v1/resources-${i}/{id}`] = { get: { summary: `Get resource ${i}`, description: prose, tags: [`group-${i % 25}`], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'OK' } } } };
  }
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'big-spec.json');
  writeFileSync(file, JSON.stringify({ openapi: '3.0.3', info: { title: 'Big generated API', version: '1.0.0' }, paths }));
  await explorer.importFiles(file);
  await expect(explorer.specRow('Big generated API')).toContainText('1500');
});

test("a spec's own servers can become environments right after the import", async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('pcbe-private-cloud-business-v1beta1.json'));
  await shoreline.page.getByRole('button', { name: 'Add its 4 servers as environments' }).click();
  await expect(shoreline.page.getByText(/^Added 4 environments from /)).toBeVisible();
  await shoreline.page.getByRole('button', { name: /^Environment: / }).click();
  const menu = shoreline.page.getByRole('menu', { name: 'Environments' });
  await expect(menu.getByRole('menuitem', { name: /eu-west\.api\.greenlake\.hpe\.com/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /ap-northeast\.api\.greenlake\.hpe\.com/ })).toBeVisible();
});

test('parameter choices are kept across a restart of the window and a re-import of the spec', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.chooseFields('id');
  await request.setValue('limit', '25');
  await expect(request.tick('select')).toBeChecked();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await expect(async () => {
    await app.reload();
    await explorer.openOperation('Get all storage systems');
    await expect(request.tick('select')).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(request.value('select')).toHaveValue('id');
  await expect(request.tick('limit')).toBeChecked();
  await expect(request.value('limit')).toHaveValue('25');
  await expect(request.tick('sort')).not.toBeChecked();
});
