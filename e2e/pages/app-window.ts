/** The page object for Shoreline's frame: header, sidebar tabs, theme, help, status bar. */
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { screenshotDir } from '../fixtures/shoreline';

/** Shoreline's main window. */
export class AppWindow {
  readonly shell: Locator;
  readonly statusBar: Locator;
  /** The window's polite live region (what a screen reader hears when a send finishes). */
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.shell = page.getByTestId('app-shell');
    this.statusBar = page.getByTestId('status-bar');
    this.announcer = page.getByTestId('announcer');
  }

  /** Waits until the app has loaded and talked to its host. */
  async ready(): Promise<void> {
    await expect(this.shell).toBeVisible();
    await expect(this.statusBar).toContainText('Shoreline');
    // The work area (tabs, their shortcuts) loads just after the first screen: ready means it is there.
    await expect(this.page.getByTestId('tab-bar')).toBeVisible();
  }

  /** Opens a sidebar tab by its visible name. */
  async openTab(name: 'Explorer' | 'Collections' | 'History'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    // Collections and History load when first shown.
    await expect(this.page.getByRole('progressbar', { name: `Opening ${name}` })).toHaveCount(0);
  }

  /** Chooses a theme from the header's theme menu. */
  async chooseTheme(label: 'Match my system' | 'Light' | 'Dark'): Promise<void> {
    await this.page.getByRole('button', { name: 'Theme' }).click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  /** Switches between light and dark with Ctrl+Shift+L and waits until the window has. */
  async toggleTheme(): Promise<void> {
    const before = await this.themeMode();
    await this.page.keyboard.press('Control+Shift+L');
    await expect.poll(() => this.themeMode()).not.toBe(before);
  }

  /** The theme the window shows now. */
  themeMode(): Promise<string | null> {
    return this.shell.getAttribute('data-theme-mode');
  }

  /** The window's background colour, to prove the theme is really applied. */
  background(): Promise<string> {
    return this.shell.evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /** The notice (toast) shown at the bottom of the window, when one is. */
  get notice(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }

  /** The keyboard shortcuts dialog. */
  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** The window region (sidebar, request, answer) that holds the keyboard focus now. */
  focusedRegion(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-region]')?.dataset.region ?? null);
  }

  /**
   * Whether the focused element shows a focus ring of at least 2 px: its own outline, a text field's
   * thick border, the active row of a tree, or the ring round Monaco.
   */
  focusRingVisible(): Promise<{ visible: boolean; element: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { visible: false, element: 'body' };
      const shows = (node: Element | null) => {
        if (!node) return false;
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || /inset 0px 0px 0px 2px/.test(style.boxShadow) || /rgb.*0px 0px 0px 2px inset/.test(style.boxShadow);
      };
      const describe = `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
      if (shows(el)) return { visible: true, element: describe };
      const field = el.closest('.MuiOutlinedInput-root.Mui-focused')?.querySelector('.MuiOutlinedInput-notchedOutline');
      if (field && parseFloat(getComputedStyle(field).borderTopWidth) >= 2) return { visible: true, element: describe };
      // A bare input box (a key–value table's cell) draws its ring as an outline round the box, not the input.
      if (shows(el.closest('.MuiInputBase-root.Mui-focused'))) return { visible: true, element: describe };
      if (el.getAttribute('role') === 'tree') return { visible: shows(el.querySelector('[data-active="true"]')), element: describe };
      if (el.closest('.monaco-editor')) return { visible: shows(el.closest('.monaco-editor')), element: describe };
      return { visible: false, element: describe };
    });
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
