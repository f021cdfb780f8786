/**
 * The page object for collections: the Collections tab's tree and its menus and dialogs, and the
 * "Save request" dialog that Ctrl+S opens for a request that is not saved yet.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppWindow } from './app-window';

/** Where a request is saved: a collection and, optionally, a folder in it (made on the spot when asked). */
export interface SavePlace {
  collection: string;
  folder?: string;
  /** Make the collection (and the folder) first. */
  create?: boolean;
  name?: string;
}

/** The Collections sidebar tab and the Save dialog. */
export class CollectionsPage {
  readonly tree: Locator;
  readonly saveDialog: Locator;
  readonly settingsDialog: Locator;
  readonly empty: Locator;
  private readonly app: AppWindow;

  constructor(readonly page: Page) {
    this.app = new AppWindow(page);
    this.tree = page.getByTestId('collections-tree');
    this.saveDialog = page.getByTestId('save-request-dialog');
    this.settingsDialog = page.getByTestId('scope-settings-dialog');
    this.empty = page.getByTestId('collections-empty');
  }

  /** Shows the Collections tab. */
  async open(): Promise<void> {
    await this.app.openTab('Collections');
  }

  /** The row named `name` (a collection, folder or request). */
  row(name: string): Locator {
    return this.tree.getByRole('treeitem').filter({ has: this.page.locator(`[data-name=${JSON.stringify(name)}]`) });
  }

  /** The names of the rows drawn now, indented by level ("DSCC", "  Storage", "    Get all storage systems"). */
  async outline(): Promise<string[]> {
    return this.tree.getByRole('treeitem').evaluateAll((rows) =>
      rows.map((row) => `${'  '.repeat(Number(row.getAttribute('aria-level')) - 1)}${row.querySelector('[data-name]')?.getAttribute('data-name') ?? ''}`),
    );
  }

  /** Opens a collection or folder row if it is closed. */
  async expand(name: string): Promise<void> {
    const row = this.row(name);
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await expect(row).toHaveAttribute('aria-expanded', 'true');
  }

  /** Opens each row of a path (`'DSCC', 'Storage'`). */
  async expandPath(...names: string[]): Promise<void> {
    for (const name of names) await this.expand(name);
  }

  /** Opens a saved request: a click previews it, `pin` double-clicks to keep its tab. */
  async openRequest(name: string, options: { pin?: boolean } = {}): Promise<void> {
    if (options.pin) await this.row(name).dblclick();
    else await this.row(name).click();
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  /** Picks an item of a row's ⋮ menu. */
  async rowAction(name: string, item: string | RegExp): Promise<void> {
    const menu = this.page.getByRole('menu', { name: `Actions for ${name}` });
    await this.row(name).hover();
    await this.row(name).getByRole('button', { name: `Actions for ${name}` }).click();
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: item }).click();
    await expect(menu).toBeHidden();
  }

  /** Makes a collection with the panel's button. */
  async newCollection(name: string): Promise<void> {
    await this.page.getByTestId('collections-panel').getByRole('button', { name: 'New collection' }).first().click();
    await this.fillName('Collection name', name);
    await expect(this.row(name)).toBeVisible();
  }

  /** Makes a folder in a collection or folder through its menu. */
  async newFolder(inside: string, name: string): Promise<void> {
    await this.rowAction(inside, 'New folder…');
    await this.fillName('Folder name', name);
    await expect(this.row(name)).toBeVisible();
  }

  private async fillName(label: string, name: string): Promise<void> {
    const dialog = this.page.getByRole('dialog').filter({ has: this.page.getByLabel(label) });
    await dialog.getByLabel(label).fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * Saves the open request through the Save dialog (which Ctrl+S opens for a request not saved yet):
   * into `place`, making the collection and folder first when `create` is set.
   */
  async saveInto(place: SavePlace): Promise<void> {
    await expect(this.saveDialog).toBeVisible();
    if (place.create) {
      await this.saveDialog.getByRole('button', { name: 'New collection' }).click();
      await this.fillName('Collection name', place.collection);
      await expect(this.saveDialog.getByRole('combobox', { name: 'Save into' })).toHaveText(place.collection);
      if (place.folder) {
        await this.saveDialog.getByRole('button', { name: `New folder in ${place.collection}` }).click();
        await this.fillName('Folder name', place.folder);
      }
    } else {
      await this.saveDialog.getByRole('combobox', { name: 'Save into' }).click();
      const options = this.page.getByRole('listbox').getByRole('option');
      await options.filter({ hasText: place.folder ?? place.collection }).first().click();
    }
    await expect(this.saveDialog.getByRole('combobox', { name: 'Save into' })).toHaveText(place.folder ?? place.collection);
    if (place.name !== undefined) await this.saveDialog.getByLabel('Request name').fill(place.name);
    await this.saveDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.saveDialog).toBeHidden();
  }

  /** The name the Save dialog offers. */
  offeredName(): Promise<string> {
    return this.saveDialog.getByLabel('Request name').inputValue();
  }

  /** Sets the connection of a collection or folder in its settings dialog (`Inherit`, `No token` or a connection's name). */
  async setConnection(name: string, connection: string): Promise<void> {
    await this.rowAction(name, 'Connection, environment and variables…');
    await expect(this.settingsDialog).toBeVisible();
    await this.settingsDialog.getByRole('combobox', { name: 'Token from' }).click();
    await this.page.getByRole('listbox').getByRole('option', { name: connection, exact: connection !== 'Inherit' }).first().click();
    await this.settingsDialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.settingsDialog).toBeHidden();
  }

  /** The Undo message after a delete. */
  get undoMessage(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /^Deleted / });
  }

  /** Clicks Undo on the delete message. */
  async undo(): Promise<void> {
    await this.undoMessage.getByRole('button', { name: 'Undo' }).click();
    await expect(this.undoMessage).toBeHidden();
  }

  /** Focuses the tree on `name` (a click would open it, so the keyboard walks there). */
  async focusRow(name: string): Promise<void> {
    await this.tree.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < 200; i += 1) {
      const active = this.tree.locator('[role="treeitem"][data-active="true"] [data-name]');
      if ((await active.getAttribute('data-name')) === name) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No row named ${name}`);
  }
}
