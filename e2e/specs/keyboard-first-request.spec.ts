/**
 * Seed 000 with the keyboard only (PRODUCT.md C11, issue #14): from the search box, find "Get all storage
 * systems", tick `select` and `sort` through their helpers, send, and read the table — in at most 25
 * key presses, every one counted (a typed word counts its characters; a chord such as Ctrl+K counts one).
 * The spec is imported beforehand: choosing a file is the system's file dialog, not Shoreline's keyboard.
 */
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { CountedKeyboard, focusedElement } from '../pages/keyboard';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';

test('seed 000 with the keyboard only takes at most 25 key presses from the search box', async ({ shoreline }, testInfo) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await app.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  const keys = new CountedKeyboard(page);

  // To the search box, and the endpoint: Enter opens the first match and lands on its first parameter.
  await keys.press('Control+k');
  await keys.type('storage');
  await keys.press('Enter');
  await expect(request.title).toHaveText('Get all storage systems');
  await expect.poll(async () => (await focusedElement(page)).name).toBe('limit value');

  // sort: down to its row, Alt+↓ opens the helper, type the field, Esc closes its list, Esc closes the helper.
  await keys.press('ArrowDown', 3);
  expect((await focusedElement(page)).name).toBe('sort value');
  await keys.press('Alt+ArrowDown');
  await expect(request.helper('sort')).toBeVisible();
  await keys.type('id');
  await keys.press('Escape', 2);
  await expect(request.helper('sort')).toBeHidden();

  // select: the next row, Alt+↓, find the field, Enter ticks it, Esc closes the helper.
  await keys.press('ArrowDown');
  expect((await focusedElement(page)).name).toBe('select value');
  await keys.press('Alt+ArrowDown');
  await expect(request.helper('select')).toBeVisible();
  await keys.type('id');
  await keys.press('Enter');
  await keys.press('Escape');
  await expect(request.helper('select')).toBeHidden();
  expect((await request.tickedParams()).sort()).toEqual(['select', 'sort']);
  await request.expectUrl('{{baseUrl}}/api/v1/storage-systems?sort=id asc&select=id');
  await app.screenshot('keyboard-seed-000-built');

  // Send, and F6 takes the keyboard to the answer's table.
  await keys.press('Control+Enter');
  await response.waitForAnswer();
  expect(await response.statusText()).toContain('200');
  await keys.press('F6');
  expect(await focusedElement(page)).toMatchObject({ region: 'answer', testId: 'response-table' });
  expect(await response.columnHeaders()).toEqual(['id']);
  const ids = await response.visibleColumnValues('id');
  expect(ids).toHaveLength(12);
  expect([...ids].sort()).toEqual(ids);
  await expect(app.announcer).toHaveText(/^200 OK, 12 items, /);
  await app.screenshot('keyboard-seed-000-answer');

  testInfo.annotations.push({ type: 'key presses', description: `${keys.presses}: ${keys.keys}` });
  expect(keys.presses, keys.keys).toBeLessThanOrEqual(25);
  expect(shoreline.consoleErrors).toEqual([]);
});
