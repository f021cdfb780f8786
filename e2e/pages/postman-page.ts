/**
 * The page object for Postman in the window: Import… in the Collections tab and its report, the
 * connection offer, the Run panel of a collection or folder, and Export as Postman v2.1.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { CollectionsPage } from './collections-page';

/** A downloaded file's name and text. */
export interface SavedFile {
  fileName: string;
  text: string;
}

async function readDownload(download: Download): Promise<SavedFile> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Postman import, the offer, the Run panel and export. */
export class PostmanPage {
  readonly report: Locator;
  readonly offer: Locator;
  readonly runPanel: Locator;
  readonly unsafeConfirm: Locator;
  readonly collections: CollectionsPage;

  constructor(readonly page: Page) {
    this.collections = new CollectionsPage(page);
    this.report = page.getByTestId('postman-import-report');
    this.offer = page.getByTestId('connection-offer');
    this.runPanel = page.getByTestId('run-panel');
    this.unsafeConfirm = page.getByTestId('run-unsafe-confirm');
  }

  /** Imports a file through the Collections tab's Import… picker; the report opens. */
  async importFile(path: string): Promise<void> {
    await this.collections.open();
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByTestId('collections-panel').getByRole('button', { name: 'Import…' }).click()]);
    await chooser.setFiles(path);
    await expect(this.report).toBeVisible();
  }

  /** Drops a file (name and text) on a panel, as dragging it from the file manager would. */
  async dropFile(target: Locator, name: string, text: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(([fileName, contents]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], fileName, { type: 'application/json' }));
      return transfer;
    }, [name, text] as const);
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** One line of the report by its key (`requests`, `captures`, `scriptsNotRun`, `secretsWithheld`, `connection` …). */
  fact(key: string): Locator {
    return this.report.locator(`[data-fact=${JSON.stringify(key)}]`);
  }

  /** Opens the offer from the report and shows its form. */
  async openOffer(): Promise<void> {
    await this.report.getByRole('button', { name: 'Set up the connection…' }).click();
    await expect(this.offer).toBeVisible();
  }

  /** Types the secret and accepts the offer; the report says the connection was created. */
  async acceptOffer(secret: string): Promise<void> {
    await this.offer.getByLabel('Client secret', { exact: false }).and(this.page.getByTestId('offer-secret')).fill(secret);
    await this.offer.getByRole('button', { name: 'Create the connection' }).click();
    await expect(this.report.getByTestId('offer-accepted')).toBeVisible();
  }

  /** Closes the report. */
  async closeReport(): Promise<void> {
    await this.report.getByRole('button', { name: 'Done' }).click();
    await expect(this.report).toBeHidden();
  }

  /** Opens the Run panel of a collection or folder from its row menu; its plan is listed. */
  async openRun(name: string): Promise<void> {
    await this.collections.rowAction(name, 'Run…');
    await expect(this.runPanel).toBeVisible();
    await expect(this.runPanel.getByTestId('run-headline')).toContainText('to run');
  }

  /** The row of a request in the Run panel. */
  step(name: string): Locator {
    return this.runPanel.getByTestId('run-step').and(this.page.locator(`[data-name=${JSON.stringify(name)}]`));
  }

  /** Presses Run and waits for the run to finish. */
  async runAndWait(): Promise<void> {
    await this.runPanel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(this.runPanel.getByTestId('run-headline')).toContainText(/^(Finished|Stopped)/, { timeout: 30_000 });
  }

  /** Saves the run's results (`json` or `junit`) and returns the file. */
  async saveResults(kind: 'json' | 'junit'): Promise<SavedFile> {
    const label = kind === 'json' ? 'Save results as JSON' : 'Save as JUnit XML';
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.runPanel.getByRole('button', { name: label }).click()]);
    return readDownload(download);
  }

  /** Closes the Run panel. */
  async closeRun(): Promise<void> {
    await this.runPanel.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.runPanel).toBeHidden();
  }

  /** Exports a collection from its row menu and returns the saved file. */
  async exportCollection(name: string): Promise<SavedFile> {
    const downloaded = this.page.waitForEvent('download');
    await this.collections.rowAction(name, 'Export as Postman v2.1…');
    return readDownload(await downloaded);
  }
}
