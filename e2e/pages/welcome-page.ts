/** The page object for the first-run guide: its three step cards and their actions. */
import type { Locator, Page } from '@playwright/test';

/** The first-run guide in the request area. */
export class WelcomePage {
  readonly panel: Locator;
  readonly connect: Locator;
  readonly import: Locator;
  readonly send: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('welcome');
    this.connect = page.getByTestId('welcome-connect');
    this.import = page.getByTestId('welcome-import');
    this.send = page.getByTestId('welcome-send');
  }

  /** A button of one of the cards. */
  action(card: 'connect' | 'import' | 'send', name: string | RegExp): Locator {
    return this[card].getByRole('button', { name });
  }
}
