/**
 * The polish a first-time user asked for (issue #15, item 13), where it shows on screen: helper labels
 * whole, no tooltip left floating, a visible and keyboard-movable divider with room for the
 * parameters, wide tables that say there is more, Fetch all's real size, notices clear of the paging
 * bar. (The words — markdown, claim labels, times, "1 endpoint", messages — are unit-tested.)
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';

const units: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
const bytes = (text: string) => {
  const [, value = '0', unit = 'B'] = /([\d.]+)\s*(B|KB|MB|GB)/.exec(text) ?? [];
  return Number(value) * units[unit]!;
};
const overlap = async (a: Locator, b: Locator) => {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) return false;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
};

test('helpers show their labels whole and leave no tooltip behind; the divider shows, moves by keyboard and leaves room for the parameters', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  // All five parameters of "Get all storage systems" fit at 1440 × 900, not three or four.
  expect(await request.fullyVisibleParams()).toBe(5);

  await request.helperButton('sort').hover();
  const tip = page.getByRole('tooltip', { name: /Build the sort order/ });
  await expect(tip).toBeVisible();
  await request.helperButton('sort').click();
  const helper = request.helper('sort');
  await expect(helper).toBeVisible();
  await expect(tip).toBeHidden();
  // The first field's floating label sits inside the helper, not cut by its scrolling edge.
  const label = helper.locator('label', { hasText: 'Field' }).first();
  const content = helper.getByTestId('helper-content');
  const [labelBox, contentBox] = [await label.boundingBox(), await content.boundingBox()];
  expect(labelBox!.y).toBeGreaterThanOrEqual(contentBox!.y);
  await app.screenshot('polish-sort-helper');
  await request.closeHelper('sort');
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();

  const splitter = request.splitter;
  await expect(splitter).toBeVisible();
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 10));
  await page.keyboard.press('Enter');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before));
  expect(shoreline.consoleErrors).toEqual([]);
});

test('a wide table says there are more columns, Fetch all shows the size of everything fetched, and notices stay clear of the paging bar', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const connections = new ConnectionsPage(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await app.ready();
  await connections.allowClipboard(shoreline.host);
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();
  await expect(response.moreColumns).toHaveText(/^\d+ more columns?$/);
  const hidden = Number((await response.moreColumns.textContent())!.split(' ')[0]);
  await app.screenshot('polish-wide-table');
  await response.moreColumns.click();
  await expect.poll(async () => ((await response.moreColumns.count()) === 0 ? 0 : Number((await response.moreColumns.textContent())!.split(' ')[0]))).toBeLessThan(hidden);

  await explorer.openOperation('Get all volumes');
  await request.setValue('limit', '100');
  await request.send();
  await response.waitForAnswer();
  // A notice (here "Copied…") appears away from the paging bar and the Send button.
  await page.getByRole('button', { name: 'Copy as' }).click();
  await page.getByRole('menuitem', { name: /cURL/ }).click();
  await expect(app.notice).toBeVisible();
  await app.screenshot('polish-notice');
  await expect(response.paginationBar).toBeVisible();
  expect(await overlap(app.notice, response.paginationBar)).toBe(false);
  expect(await overlap(app.notice, page.getByRole('button', { name: 'Send', exact: true }))).toBe(false);
  expect(await overlap(app.notice, response.panel.getByRole('tablist'))).toBe(false);
  const onePage = bytes(await response.sizeText());
  await response.fetchAll();
  await expect.poll(async () => bytes(await response.sizeText())).toBeGreaterThan(onePage * 3);

});
