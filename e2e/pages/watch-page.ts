/**
 * The page object for Watch: the Watch button beside Send and its dialog, the Watch sidebar tab with
 * its count, each watch's card, and the items dialog (table or JSON).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Watch, as a user reaches it. */
export class WatchPage {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly tab: Locator;
  readonly panel: Locator;
  readonly itemsDialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('watch-button');
    this.dialog = page.getByRole('dialog', { name: /^(Watch this request|Change this watch)$/ });
    this.tab = page.getByRole('tab', { name: /^Watch/ });
    this.panel = page.getByTestId('watch-panel');
    this.itemsDialog = page.getByRole('dialog', { name: /^New items: / });
  }

  /** Opens the watch dialog for the request of the shown tab. */
  async openDialog(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Fills the open dialog and starts watching; the Watch tab opens by itself. */
  async start(options: { name: string; everySeconds: number }): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(options.name);
    await this.dialog.getByRole('textbox', { name: 'Check every' }).fill(String(options.everySeconds));
    await this.dialog.getByRole('button', { name: 'Start watching' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens the Watch sidebar tab. */
  async openTab(): Promise<void> {
    await this.tab.click();
    await expect(this.panel).toBeVisible();
  }

  /** The card of the watch named `name`. */
  card(name: string): Locator {
    return this.panel.getByRole('listitem', { name });
  }

  /** The phase of a watch: starting, waiting, checking, retrying or stopped. */
  phase(name: string): Promise<string | null> {
    return this.card(name).getAttribute('data-phase');
  }

  /** Waits until the watch is in `phase` (polling fast: some phases last only a few seconds). */
  async waitForPhase(name: string, phase: string, timeout = 20_000): Promise<void> {
    await expect.poll(() => this.phase(name), { timeout, intervals: [100] }).toBe(phase);
  }

  /** The state label ("Waiting · next check in 2 s", "Retrying in 5 s") and the sentence under it. */
  async state(name: string): Promise<{ label: string; detail: string }> {
    const card = this.card(name);
    return { label: (await card.getByTestId('watch-state').textContent()) ?? '', detail: (await card.getByTestId('watch-detail').textContent()) ?? '' };
  }

  /** "12 new since you last looked" on the card, when shown. */
  unseen(name: string): Locator {
    return this.card(name).getByTestId('watch-unseen');
  }

  /** How many new items the tab's badge counts (0 when it shows none). */
  async badgeCount(): Promise<number> {
    const text = (await this.tab.textContent()) ?? '';
    return Number(/, (\d+) new/.exec(text)?.[1] ?? 0);
  }

  /** Presses one of a card's buttons (Stop, Resume, Change, Remove, Mark seen, Show items). */
  async press(name: string, button: 'Stop' | 'Resume' | 'Change' | 'Remove' | 'Mark seen' | 'Show items'): Promise<void> {
    await this.card(name).getByRole('button', { name: button, exact: true }).click();
  }

  /** Opens the items of a watch (as a table first). */
  async showItems(name: string): Promise<void> {
    await this.press(name, 'Show items');
    await expect(this.itemsDialog).toBeVisible();
    await expect(this.itemsDialog.getByTestId('table-summary')).toBeVisible();
  }

  /** Reads the open items dialog's items from its JSON view, in the order shown. */
  async itemsAsJson(): Promise<Array<{ id: string; createdAt?: string }>> {
    await this.itemsDialog.getByRole('button', { name: 'JSON' }).click();
    const json = this.itemsDialog.getByTestId('watch-items-json');
    await expect(json).toBeVisible();
    return JSON.parse((await json.textContent()) ?? '[]') as Array<{ id: string; createdAt?: string }>;
  }

  /** Closes the items dialog. */
  async closeItems(): Promise<void> {
    await this.itemsDialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.itemsDialog).toBeHidden();
  }
}
