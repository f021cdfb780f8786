/** The page object for the open-request tabs above the builder: switch, keep, close, save, new. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The tab strip. */
export class TabsPage {
  readonly bar: Locator;
  readonly tabs: Locator;
  readonly closeDialog: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByTestId('tab-bar');
    this.tabs = this.bar.getByTestId('request-tab');
    this.closeDialog = page.getByRole('dialog', { name: /^Save changes to/ });
  }

  /** The tab whose title is exactly `title`. */
  tab(title: string): Locator {
    return this.tabs.filter({ has: this.page.getByTestId('request-tab-title').getByText(title, { exact: true }) });
  }

  /** The titles of the open tabs, in order. */
  titles(): Promise<string[]> {
    return this.bar.getByTestId('request-tab-title').allTextContents();
  }

  /** The active tab's title. */
  async activeTitle(): Promise<string> {
    return (await this.tabs.and(this.page.locator('[aria-selected="true"]')).getByTestId('request-tab-title').textContent()) ?? '';
  }

  /** Shows a tab by clicking it. */
  async show(title: string): Promise<void> {
    await this.tab(title).click();
    await expect(this.tab(title)).toHaveAttribute('aria-selected', 'true');
  }

  /** True when the tab is a preview (italic, replaced by the next single click in a sidebar). */
  async isPreview(title: string): Promise<boolean> {
    return (await this.tab(title).getAttribute('data-preview')) === 'true';
  }

  /** True when the tab shows the unsaved dot. */
  async isDirty(title: string): Promise<boolean> {
    return (await this.tab(title).getAttribute('data-dirty')) === 'true';
  }

  /** Keeps a preview tab open with a double click. */
  async keep(title: string): Promise<void> {
    await this.tab(title).dblclick();
    await expect(this.tab(title)).toHaveAttribute('data-preview', 'false');
  }

  /** Clicks a tab's × (it asks first when the tab has unsaved changes). */
  async closeWithMouse(title: string): Promise<void> {
    await this.tab(title).hover();
    await this.tab(title).getByTestId('request-tab-close').click();
  }

  /** Opens a new request with the + button. */
  async newRequest(): Promise<void> {
    const before = await this.tabs.count();
    await this.bar.getByRole('button', { name: 'New request' }).click();
    await expect(this.tabs).toHaveCount(before + 1);
  }

  /** Waits until the open tabs are saved for the next start. */
  async waitUntilKept(): Promise<void> {
    await expect(this.bar).toHaveAttribute('data-saved', 'true');
  }
}
