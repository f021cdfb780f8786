/** The page object for Shoreline's frame: header, sidebar tabs, theme, help, status bar. */
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { screenshotDir } from '../fixtures/shoreline';

/** Shoreline's main window. */
export class AppWindow {
  readonly shell: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.shell = page.getByTestId('app-shell');
    this.statusBar = page.getByTestId('status-bar');
  }

  /** Waits until the app has loaded and talked to its host. */
  async ready(): Promise<void> {
    await expect(this.shell).toBeVisible();
    await expect(this.statusBar).toContainText('Shoreline');
  }

  /** Opens a sidebar tab by its visible name. */
  async openTab(name: 'Explorer' | 'Collections' | 'History'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** Chooses a theme from the header's theme menu. */
  async chooseTheme(label: 'Match my system' | 'Light' | 'Dark'): Promise<void> {
    await this.page.getByRole('button', { name: 'Theme' }).click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  /** The theme the window shows now. */
  themeMode(): Promise<string | null> {
    return this.shell.getAttribute('data-theme-mode');
  }

  /** The window's background colour, to prove the theme is really applied. */
  background(): Promise<string> {
    return this.shell.evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /** Reloads the window. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  /** Saves a screenshot of the whole window as a test artefact. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  }
}
