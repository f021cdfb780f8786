/**
 * Tabs (issue #10): several requests side by side, each keeping its parameters and its last answer;
 * preview tabs from a single click, kept by an edit or a double click; Ctrl+N with an address that can
 * be typed into and free headers; Ctrl+W asking before losing unsaved changes; Ctrl+Tab; open tabs
 * back after a restart; history opening into a tab with the answer it got and where it was sent.
 */
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { HistoryPage } from '../pages/history-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';
import { TabsPage } from '../pages/tabs-page';

test('three tabs, two sent: switching back and forth keeps each one’s parameters and answer', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  const tabs = new TabsPage(page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));

  // A single click previews in one reusable tab (italic); the next single click replaces it.
  await explorer.openOperation('Get all storage systems');
  expect(await tabs.isPreview('Get all storage systems')).toBe(true);
  await expect(tabs.tab('Get all storage systems').getByTestId('request-tab-title')).toHaveCSS('font-style', 'italic');
  await explorer.openOperation('Get all volumes');
  expect(await tabs.titles()).toEqual(['Get all volumes']);
  // A double click keeps it; an edit keeps it too.
  await tabs.keep('Get all volumes');
  await explorer.openOperation('Get all storage systems');
  expect(await tabs.titles()).toEqual(['Get all volumes', 'Get all storage systems']);
  await request.chooseFields('id');
  expect(await tabs.isPreview('Get all storage systems')).toBe(false);
  await explorer.openOperation('Get all device types');
  expect(await tabs.titles()).toEqual(['Get all volumes', 'Get all storage systems', 'Get all device types']);

  await tabs.show('Get all volumes');
  await request.setValue('limit', '5');
  await request.send();
  expect(await response.statusText()).toContain('200');
  expect(await response.itemsText()).toMatch(/^5 items of /);
  await tabs.show('Get all storage systems');
  await expect(response.panel.getByTestId('response-empty')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  expect(await response.statusText()).toContain('200');
  expect(await response.columnHeaders()).toEqual(['id']);
  await app.screenshot('tabs');

  // Back and forth: each tab shows its own answer and its own parameters; the third was never sent.
  for (let round = 0; round < 2; round += 1) {
    await tabs.show('Get all volumes');
    await expect(request.value('limit')).toHaveValue('5');
    expect(await response.itemsText()).toMatch(/^5 items of /);
    await tabs.show('Get all device types');
    await expect(response.panel.getByTestId('response-empty')).toBeVisible();
    await tabs.show('Get all storage systems');
    expect(await response.columnHeaders()).toEqual(['id']);
    expect(await response.itemsText()).toBe('12 items');
  }
  // Ctrl+Tab and Ctrl+Shift+Tab go round.
  await page.keyboard.press('Control+Tab');
  expect(await tabs.activeTitle()).toBe('Get all device types');
  await page.keyboard.press('Control+Tab');
  expect(await tabs.activeTitle()).toBe('Get all volumes');
  await page.keyboard.press('Control+Shift+Tab');
  expect(await tabs.activeTitle()).toBe('Get all device types');
  expect(shoreline.consoleErrors).toEqual([]);
});

test('Ctrl+N opens a blank request whose address is typed and whose headers are free; Ctrl+W asks before losing it', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  const tabs = new TabsPage(page);
  await app.ready();
  await page.keyboard.press('Control+n');
  await expect(tabs.tabs).toHaveCount(1);
  expect(await tabs.activeTitle()).toBe('New request');
  await request.typeAddress('{{baseUrl}}/api/v1/storage-systems?select=id,name&limit=3');
  await request.openTab('Parameters');
  await expect(request.rowValue('Query parameters', 'limit')).toHaveValue('3');
  await request.openTab('Headers');
  await request.addRow('Headers', 'X-Request-Purpose', 'seed 000 by hand');
  await request.send();
  expect(await response.statusText()).toContain('200');
  expect(await response.itemsText()).toMatch(/^3 items of /);
  expect((await response.sentRequest()).headers).toContain('X-Request-Purpose');
  expect(await tabs.isDirty('New request')).toBe(true);
  await app.screenshot('tabs-new-request');

  await page.keyboard.press('Control+w');
  await expect(tabs.closeDialog).toBeVisible();
  await tabs.closeDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(tabs.tabs).toHaveCount(1);
  await tabs.closeWithMouse('New request');
  await tabs.closeDialog.getByRole('button', { name: 'Don’t save' }).click();
  await expect(tabs.tabs).toHaveCount(0);
  await expect(page.getByTestId('welcome')).toBeVisible();
});

test('open tabs and their drafts come back after a restart; answers do not', async ({ shoreline }) => {
  let app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  let request = new RequestPage(shoreline.page);
  let tabs = new TabsPage(shoreline.page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all volumes');
  await request.setValue('limit', '7');
  await request.send();
  await shoreline.page.keyboard.press('Control+n');
  await request.typeAddress('{{baseUrl}}/api/v1/hosts');
  await tabs.show('Get all volumes');
  await tabs.waitUntilKept();

  await shoreline.restart();
  app = new AppWindow(shoreline.page);
  request = new RequestPage(shoreline.page);
  tabs = new TabsPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  await app.ready();
  expect(await tabs.titles()).toEqual(['Get all volumes', 'New request']);
  expect(await tabs.activeTitle()).toBe('Get all volumes');
  await expect(request.value('limit')).toHaveValue('7');
  await expect(response.panel.getByTestId('response-empty')).toBeVisible();
  await tabs.show('New request');
  await expect(request.addressInput).toHaveValue('{{baseUrl}}/api/v1/hosts');
  expect(await tabs.isDirty('New request')).toBe(true);
});

test('history opens into a tab with the answer it got and the environment it was sent to', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const connections = new ConnectionsPage(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  const history = new HistoryPage(page);
  const tabs = new TabsPage(page);
  await connections.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await connections.pick('Sandbox (limited role)');
  await explorer.openOperation('Get all volumes');
  await request.send();
  expect(await response.statusText()).toContain('403');
  await connections.pick('Sandbox');
  await page.keyboard.press('Control+w');
  await expect(tabs.tabs).toHaveCount(0);

  await app.openTab('History');
  await history.open(0);
  await expect(tabs.tabs).toHaveCount(1);
  // The answer is there without sending again, with its advice, and the tab remembers where it went.
  expect(await response.statusText()).toContain('403');
  expect(await response.advicePermission()).toBe('data-services.volume.read');
  await expect(page.getByTestId('scope-environment')).toHaveText('Environment: Sandbox (limited role) (the environment this request was sent to)');
  await expect(page.getByTestId('scope-token')).toHaveText('Token: Sandbox (limited role) from environment Sandbox (limited role)');
  await request.send();
  expect(await response.statusText()).toContain('403');
  await app.screenshot('tabs-from-history');
});

test('a capture saves a value from a 2xx answer into a variable that the next request uses', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await app.ready();
  await page.keyboard.press('Control+n');
  await request.typeAddress('{{baseUrl}}/api/v1/storage-systems?select=id');
  await request.openTab('Variables');
  await page.getByRole('button', { name: 'Add capture' }).click();
  const captures = page.getByRole('table', { name: 'Captures' });
  await captures.getByRole('textbox', { name: 'Capture 1 variable' }).fill('firstSystem');
  await captures.getByRole('combobox', { name: 'firstSystem into' }).selectOption('global');
  await request.send();
  expect(await response.statusText()).toContain('200');
  const firstId = (await response.visibleColumnValues('id'))[0]!;
  await request.openTab('Variables');
  await expect(captures).toContainText(`saved ${firstId}`);

  await page.keyboard.press('Control+n');
  await request.typeAddress('{{baseUrl}}/api/v1/storage-systems/{{firstSystem}}');
  await request.openTab('Variables');
  await expect(page.getByTestId('variable-uses').locator('[data-variable="firstSystem"]')).toContainText(`${firstId}the global variables`);
  await request.send();
  expect(await response.statusText()).toContain('200');
  expect((await response.sentRequest()).url).toContain(`/api/v1/storage-systems/${firstId}`);
});
