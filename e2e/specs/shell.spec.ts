import { AppWindow } from '../pages/app-window';
import { expect, test } from '../fixtures/shoreline';

test('the app loads with its frame, empty states and no console error', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  await app.ready();
  await expect(shoreline.page.getByRole('heading', { name: 'Shoreline' })).toBeVisible();
  await expect(shoreline.page.getByTestId('explorer-empty')).toContainText('Import an OpenAPI file');
  await app.openTab('Collections');
  await expect(shoreline.page.getByTestId('collections-empty')).toBeVisible();
  await app.openTab('History');
  await expect(shoreline.page.getByTestId('history-empty')).toContainText('Every request you send');
  await app.openTab('Explorer');
  await app.screenshot('main-window');
  expect(shoreline.consoleErrors).toEqual([]);
});

test('the theme choice survives a reload', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  await app.ready();
  await app.chooseTheme('Dark');
  await expect.poll(() => app.themeMode()).toBe('dark');
  const darkBackground = await app.background();
  await app.reload();
  expect(await app.themeMode()).toBe('dark');
  expect(await app.background()).toBe(darkBackground);
  await app.screenshot('main-window-dark');
  await app.chooseTheme('Light');
  await app.reload();
  expect(await app.themeMode()).toBe('light');
  expect(await app.background()).not.toBe(darkBackground);
});

test('the sidebar tab is remembered and the shortcuts help opens from the keyboard', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  await app.ready();
  await app.openTab('History');
  await app.reload();
  await expect(shoreline.page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
  await shoreline.page.keyboard.press('Control+/');
  const dialog = shoreline.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Show the Explorer');
  await shoreline.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await shoreline.page.keyboard.press('Control+1');
  await expect(shoreline.page.getByRole('tab', { name: 'Explorer' })).toHaveAttribute('aria-selected', 'true');
});
