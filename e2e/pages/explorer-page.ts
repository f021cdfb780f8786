/** The page object for the Explorer tab: import, search, open an endpoint, spec actions. */
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

/** Where the real spec fixtures live. */
export const specFixture = (name: string) => join('e2e', 'fixtures', 'specs', name);

/** The Explorer sidebar tab. */
export class ExplorerPage {
  readonly tree: Locator;
  readonly search: Locator;
  readonly importError: Locator;
  /** What the Explorer shows before any spec is imported. */
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByTestId('explorer-tree');
    this.search = page.getByRole('textbox', { name: 'Search endpoints' });
    this.importError = page.getByTestId('import-error');
    this.emptyState = page.getByTestId('explorer-empty');
  }

  /** Imports files through the file picker and waits until the import has finished. */
  async importFiles(...paths: string[]): Promise<void> {
    await this.page.getByTestId('spec-file-input').setInputFiles(paths);
    await expect(this.page.getByText(/^Importing /)).toBeHidden({ timeout: 30_000 });
  }

  /** Imports a spec by URL through the Import menu. */
  async importUrl(url: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'From a URL…' }).click();
    await this.page.getByRole('textbox', { name: 'Address' }).fill(url);
    await this.page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
    await expect(this.page.getByRole('dialog')).toBeHidden({ timeout: 30_000 });
  }

  /** The "Import from a URL" dialog. */
  get urlDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import an API spec from a URL' });
  }

  /** Opens the URL dialog, types `url` and presses Import, leaving the dialog open (for a failure). */
  async tryImportUrl(url: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'From a URL…' }).click();
    await this.urlDialog.getByRole('textbox', { name: 'Address' }).fill(url);
    await this.urlDialog.getByRole('button', { name: 'Import' }).click();
  }

  /** The spec row with this title. */
  specRow(title: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { level: 1 }).filter({ hasText: title });
  }

  /** A tag row. */
  tagRow(name: string): Locator {
    return this.tree.getByRole('treeitem', { level: 2 }).filter({ hasText: new RegExp(`^${name}\\s*\\d+$`) });
  }

  /** The operation rows currently drawn. */
  operations(): Locator {
    return this.tree.getByTestId('explorer-operation');
  }

  /** Types a search. */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Searches for `summary` and opens the operation whose summary is exactly that. */
  async openOperation(summary: string): Promise<void> {
    await this.searchFor(summary);
    await this.operations().filter({ has: this.page.getByText(summary, { exact: true }) }).first().click();
    await expect(this.page.getByRole('heading', { level: 2, name: summary })).toBeVisible();
  }

  /** The tree's active row (the one `aria-activedescendant` names), as the keyboard sees it. */
  activeRow(): Locator {
    return this.page.locator('[role="treeitem"][data-active="true"]');
  }

  /** The text of the active row, and checks that the tree really names it as its active descendant. */
  async activeRowText(): Promise<string> {
    const id = await this.tree.getAttribute('aria-activedescendant');
    expect(id, 'the tree names an active row').toBeTruthy();
    await expect(this.activeRow()).toHaveAttribute('id', id!);
    return ((await this.activeRow().textContent()) ?? '').trim();
  }

  /** The text marked as matching the search in the first rows. */
  highlighted(): Promise<string[]> {
    return this.tree.locator('mark').allTextContents();
  }

  /** Opens the ⋮ menu of a spec and picks an item. */
  async specAction(title: string, item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${title}` }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }
}
