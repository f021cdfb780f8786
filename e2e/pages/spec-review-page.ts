/** The page object for the saved-request review: the Explorer's offer after a spec update, and the review dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The review offer and dialog. */
export class SpecReviewPage {
  readonly offer: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.offer = page.getByTestId('spec-review-offer');
    this.dialog = page.getByTestId('spec-review');
  }

  /** Opens the review from the Explorer's offer. */
  async openFromOffer(): Promise<void> {
    await this.offer.getByRole('button', { name: 'Review saved requests' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByRole('progressbar')).toBeHidden();
  }

  /** A request's entry in the review. */
  item(name: string): Locator {
    return this.dialog.locator(`[data-testid="review-item"][data-name=${JSON.stringify(name)}]`);
  }

  /** The names in one group of the review, in order. */
  async names(status: 'changed' | 'removed' | 'unchanged'): Promise<string[]> {
    return this.dialog.getByTestId(`review-group-${status}`).getByTestId('review-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-name') ?? ''));
  }

  /** Presses one of a request's buttons (by its accessible name) and waits until the review has saved it. */
  async decide(buttonName: string, name: string, decision: 'updated' | 'kept' | 'plain' | 'pending'): Promise<void> {
    await this.dialog.getByRole('button', { name: buttonName }).click();
    await expect(this.item(name)).toHaveAttribute('data-decision', decision);
    await expect(this.dialog.getByRole('progressbar')).toBeHidden();
  }

  /** Closes the dialog. */
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
