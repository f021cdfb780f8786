import { AppWindow } from '../pages/app-window';
import { expect, test } from '../fixtures/shoreline';

test('the desktop app offers automatic updates as a remembered switch; the web host does not', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  await app.ready();
  await shoreline.page.getByRole('button', { name: 'Theme' }).click();
  await expect(shoreline.page.getByRole('menuitem', { name: 'Dark' })).toBeVisible();
  const updates = shoreline.page.getByRole('menuitemcheckbox', { name: /Update automatically/ });
  if (shoreline.host === 'web') {
    await expect(updates).toHaveCount(0);
    return;
  }
  await expect(updates).toHaveAttribute('aria-checked', 'true');
  await app.screenshot('theme-menu-updates');
  await updates.click();
  await expect(updates).toHaveAttribute('aria-checked', 'false');
  await shoreline.page.keyboard.press('Escape');
  await app.reload();
  await shoreline.page.getByRole('button', { name: 'Theme' }).click();
  await expect(shoreline.page.getByRole('menuitemcheckbox', { name: /Update automatically/ })).toHaveAttribute('aria-checked', 'false');
});
