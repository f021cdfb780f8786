/**
 * Keyboard-first (PRODUCT.md C11, issue #14): the explorer is an ARIA tree with one Tab stop, Enter in
 * the search opens the first match, F6 moves between the window's areas, every focus is visible, and
 * the shortcuts dialog lists it all.
 */
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { focusedElement } from '../pages/keyboard';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';

test('the explorer tree is one Tab stop, walked with arrows, Home/End, type-ahead, Enter and Shift+F10', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.search.focus();
  await page.keyboard.press('Tab');
  expect((await focusedElement(page)).name).toBe('Import');
  await page.keyboard.press('Tab');
  expect((await focusedElement(page)).role).toBe('tree');
  // One Tab stop: the next Tab leaves the tree (no row, and no button inside a row, is a stop).
  await page.keyboard.press('Tab');
  expect((await focusedElement(page)).role).not.toBe('tree');
  expect(await app.focusedRegion()).not.toBe('sidebar');
  await page.keyboard.press('Shift+Tab');
  expect((await focusedElement(page)).role).toBe('tree');
  expect(await explorer.activeRowText()).toMatch(/^Data Services Cloud Console API/);
  await expect(explorer.specRow('Data Services Cloud Console API')).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  expect(await explorer.activeRowText()).toMatch(/^alarms/);
  await expect(explorer.activeRow()).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(explorer.activeRow()).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(explorer.activeRow()).toHaveAttribute('aria-level', '3');
  const first = await explorer.activeRowText();
  await page.keyboard.press('Enter');
  await expect(request.title).toHaveText(first.replace(/^GET/, '').replace(/\/api.*$/, '').trim());
  expect((await focusedElement(page)).role, 'Enter opens the endpoint and leaves the keyboard in the tree').toBe('tree');
  await expect(explorer.activeRow()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  expect(await explorer.activeRowText()).toMatch(/^alarms/);
  await page.keyboard.press('ArrowLeft');
  await expect(explorer.activeRow()).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('End');
  const last = await explorer.activeRowText();
  await page.keyboard.press('Home');
  expect(await explorer.activeRowText()).toMatch(/^Data Services Cloud Console API/);
  expect(last).not.toBe(await explorer.activeRowText());
  // Type-ahead: "vol" lands on the volumes tag.
  await page.keyboard.type('vol');
  expect(await explorer.activeRowText()).toMatch(/^volume/i);
  await page.waitForTimeout(600);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem', { name: 'Remove' })).toBeVisible();
  await app.screenshot('keyboard-tree-menu');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: 'Remove' })).toBeHidden();
  expect((await focusedElement(page)).role, 'focus comes back to the tree after the menu').toBe('tree');
  expect(shoreline.consoleErrors).toEqual([]);
});

test('Enter in the search box opens the first match, and the keyboard carries on into its parameters and helpers', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await page.keyboard.press('Control+k');
  expect((await focusedElement(page)).name).toBe('Search endpoints');
  await page.keyboard.type('storage');
  await page.keyboard.press('Enter');
  await expect(request.title).toHaveText('Get all storage systems');
  await expect.poll(async () => (await focusedElement(page)).name).toBe('limit value');
  await page.keyboard.press('ArrowDown');
  expect((await focusedElement(page)).name).toBe('offset value');
  await page.keyboard.press('ArrowUp');
  expect((await focusedElement(page)).name).toBe('limit value');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(request.helper('filter')).toBeVisible();
  expect((await focusedElement(page)).name).toBe('Field');
  await page.keyboard.press('Escape');
  await expect(request.helper('filter')).toBeHidden();
  expect((await focusedElement(page)).name, 'closing a helper gives the keyboard back to its value box').toBe('filter value');
  // Ctrl K from another sidebar tab comes back to the explorer's search.
  await app.openTab('History');
  await page.keyboard.press('Control+k');
  await expect(explorer.search).toBeFocused();
  expect(shoreline.consoleErrors).toEqual([]);
});

test('F6 and Shift+F6 move between the sidebar, the request and the answer', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await app.ready();
  // Before anything is open, the request area holds the first-run guide.
  await page.keyboard.press('F6');
  expect(await app.focusedRegion()).toBe('sidebar');
  await page.keyboard.press('F6');
  expect(await app.focusedRegion()).toBe('request');
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();
  await explorer.search.focus();
  await page.keyboard.press('F6');
  expect(await focusedElement(page)).toMatchObject({ region: 'request', name: 'limit value' });
  await page.keyboard.press('F6');
  expect(await focusedElement(page)).toMatchObject({ region: 'answer', testId: 'response-table' });
  await page.keyboard.press('F6');
  expect(await focusedElement(page)).toMatchObject({ region: 'sidebar', name: 'Search endpoints' });
  await page.keyboard.press('Shift+F6');
  expect(await app.focusedRegion()).toBe('answer');
  await page.keyboard.press('Shift+F6');
  expect(await app.focusedRegion()).toBe('request');
});

test('every element the Tab key reaches shows a focus ring, in both themes', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();
  for (const theme of ['Light', 'Dark'] as const) {
    await app.chooseTheme(theme);
    await page.keyboard.press('Escape');
    await page.locator('body').focus();
    const invisible: string[] = [];
    const seen: string[] = [];
    // Tab round the whole window once: it ends where focus leaves the page.
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await app.focusRingVisible();
      if (ring.element === 'body') break;
      seen.push(ring.element);
      if (!ring.visible) invisible.push(ring.element);
    }
    expect(invisible, `focus with no ring in the ${theme} theme`).toEqual([]);
    // The walk really went through the window: header, sidebar, builder and answer.
    expect(seen.join(' | ')).toMatch(/Search endpoints.*tree.*limit value.*Table/);
  }
  await app.screenshot('keyboard-focus-ring');
});

test('the shortcuts dialog lists every shortcut and closes with Escape and with its Close button', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  await app.ready();
  await page.keyboard.press('Control+/');
  const dialog = app.shortcutsDialog;
  for (const words of ['Show the Explorer', 'Search the endpoints', 'Move to the next area', 'Move to the previous area', 'Send the open request', 'open the first match', 'Jump to the next row', 'open its helper', 'The API’s menu', 'Save the open request', 'A new request', 'The next open request', 'Rename the collection, folder or request']) {
    await expect(dialog).toContainText(words);
  }
  await app.screenshot('keyboard-shortcuts');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
});
