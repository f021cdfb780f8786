/** The page object for the History sidebar tab: search, re-open, delete and clear. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The History tab's content (open the tab first with AppWindow.openTab('History')). */
export class HistoryPage {
  readonly entries: Locator;
  readonly searchBox: Locator;
  readonly empty: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.entries = page.getByTestId('history-entry');
    this.searchBox = page.getByTestId('history-search');
    this.empty = page.getByTestId('history-empty');
    this.noMatch = page.getByTestId('history-no-match');
  }

  /** Types a search and waits until the list shows its result (entries or "no match"). */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    // The panel marks which search its list answers; the list follows the box after a short pause.
    await expect(this.page.getByTestId('history-panel')).toHaveAttribute('data-query', text.trim());
  }

  /** Empties the search box. */
  async clearSearch(): Promise<void> {
    await this.searchBox.fill('');
    await expect(this.page.locator('[data-testid="history-panel"][data-query=""]').or(this.empty)).toBeVisible();
  }

  /** The number of entries drawn now (the list is virtualised: at most a screenful plus a few). */
  async visibleCount(): Promise<number> {
    return this.entries.count();
  }

  /** The text of each drawn entry, newest first (method, path, status, host, time, duration). */
  async entryTexts(): Promise<string[]> {
    return this.entries.allTextContents();
  }

  /** The entry at `index` (0 = newest), or the first whose text contains `text`. */
  entry(which: number | string): Locator {
    return typeof which === 'number' ? this.entries.nth(which) : this.entries.filter({ hasText: which }).first();
  }

  /** Re-opens an entry in the request builder (the app fetches the full entry first). */
  async open(which: number | string): Promise<void> {
    await this.entry(which).getByRole('button', { name: /^Open / }).click();
  }

  /** Deletes one entry through its hover menu and waits until it is gone. */
  async deleteEntry(which: number | string): Promise<void> {
    const row = this.entry(which);
    const id = await row.getAttribute('data-history-id');
    await row.hover();
    await row.getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menuitem', { name: 'Delete from history' }).click();
    await expect(this.page.locator(`[data-testid="history-entry"][data-history-id="${id}"]`)).toHaveCount(0);
  }

  /** Clears the whole history through the confirmation dialog and waits for the empty state. */
  async clear(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear history' }).click();
    const dialog = this.page.getByTestId('clear-history-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Clear history' }).click();
    await expect(this.empty).toBeVisible();
  }
}
