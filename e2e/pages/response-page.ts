/** The page object for the response panel: status, advice, the Table/Pretty/Raw/Headers tabs, pages and fetch-all. */
import { expect, type Locator, type Page } from '@playwright/test';

/** A tab of the response panel, by its visible name. */
export type ResponseTabName = 'Table' | 'Pretty' | 'Raw' | 'Headers' | 'Preview' | 'File' | 'Body';

/** The answer area under the request builder. */
export class ResponsePage {
  readonly panel: Locator;
  readonly view: Locator;
  readonly statusChip: Locator;
  readonly table: Locator;
  readonly advice: Locator;
  readonly paginationBar: Locator;
  readonly fetchAllNote: Locator;
  readonly columnChooser: Locator;
  /** The read-only Monaco view of the Pretty tab. */
  readonly prettyView: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('response-panel');
    this.view = this.panel.getByTestId('response-view');
    this.statusChip = this.panel.getByTestId('response-status-line').getByTestId('status-chip');
    this.table = this.panel.getByTestId('response-table');
    this.advice = this.panel.getByTestId('response-advice');
    this.paginationBar = this.panel.getByTestId('pagination-bar');
    this.fetchAllNote = this.panel.getByTestId('fetch-all-note');
    this.columnChooser = page.getByTestId('column-chooser');
    this.prettyView = this.panel.locator('.monaco-editor .view-lines');
  }

  /** Waits until an answer is on screen (not waiting, not empty). */
  async waitForAnswer(): Promise<void> {
    await expect(this.panel.getByTestId('response-pending')).toHaveCount(0, { timeout: 30_000 });
    await expect(this.view).toBeVisible();
  }

  /** The "Size" of the status line, e.g. "15.5 KB". */
  async sizeText(): Promise<string> {
    return ((await this.panel.getByTestId('response-size').textContent()) ?? '').replace(/^Size\s*/, '');
  }

  /** The "N more columns →" button a wide table shows at its right edge. */
  get moreColumns(): Locator {
    return this.panel.getByTestId('table-more-columns');
  }

  /** The status in words, e.g. "200 OK" or "403 Forbidden". */
  async statusText(): Promise<string> {
    await this.waitForAnswer();
    return (await this.statusChip.textContent()) ?? '';
  }

  /** The list summary of the status line, e.g. "12 items of 350" (empty when the answer is no list). */
  async itemsText(): Promise<string> {
    const items = this.panel.getByTestId('response-items');
    return (await items.count()) === 0 ? '' : ((await items.textContent()) ?? '');
  }

  /** Opens a tab of the answer. */
  async openTab(name: ResponseTabName): Promise<void> {
    const tab = this.panel.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The name of the selected tab. */
  async selectedTab(): Promise<string> {
    return (await this.panel.getByRole('tab', { selected: true }).textContent()) ?? '';
  }

  /** The column names of the table, in order (without the row-number column). */
  async columnHeaders(): Promise<string[]> {
    await expect(this.table).toBeVisible();
    const names = await this.table.locator('[role=columnheader][data-column]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-column') ?? ''));
    return names;
  }

  /** The text of the cell in `row` (0-based, as displayed — sorted if sorted) and `column` (e.g. "system.name"). */
  async cellText(row: number, column: string): Promise<string> {
    const cell = this.table.locator(`[role=row][aria-rowindex="${row + 2}"] [role=cell][data-column="${column}"]`);
    await expect(cell).toHaveCount(1);
    return (await cell.textContent()) ?? '';
  }

  /** The texts of a column's cells that are drawn now (the first screenful; rows are virtualised). */
  async visibleColumnValues(column: string): Promise<string[]> {
    await expect(this.table).toBeVisible();
    return this.table.locator(`[role=row][aria-rowindex] [role=cell][data-column="${column}"]`).allTextContents();
  }

  /** Clicks a column header to sort: ascending first, then descending, then unsorted. */
  async sortBy(column: string): Promise<void> {
    await this.table.locator(`[role=columnheader][data-column="${column}"] button`).click();
  }

  /** The sort state of a column: "ascending", "descending" or "none". */
  async sortOf(column: string): Promise<string | null> {
    return this.table.locator(`[role=columnheader][data-column="${column}"]`).getAttribute('aria-sort');
  }

  /** Opens the column chooser. */
  async openColumnChooser(): Promise<void> {
    if (await this.columnChooser.isVisible()) return;
    await this.panel.getByRole('button', { name: 'Columns' }).click();
    await expect(this.columnChooser).toBeVisible();
  }

  /** Shows or hides one column through the chooser (searching for it first) and closes the chooser. */
  async setColumnVisible(column: string, visible: boolean): Promise<void> {
    await this.openColumnChooser();
    await this.columnChooser.getByRole('textbox', { name: 'Search columns' }).fill(column);
    const box = this.columnChooser.getByRole('checkbox', { name: column, exact: true });
    if (visible) await box.check();
    else await box.uncheck();
    await this.closeColumnChooser();
  }

  /** Puts the default columns back through the chooser's Reset and closes it. */
  async resetColumns(): Promise<void> {
    await this.openColumnChooser();
    await this.columnChooser.getByRole('button', { name: 'Reset' }).click();
    await this.closeColumnChooser();
  }

  /** Closes the column chooser. */
  async closeColumnChooser(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.columnChooser).toBeHidden();
  }

  /** Clicks Export CSV and returns the downloaded file's name and text (without Excel's byte-order mark). */
  async exportCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.panel.getByRole('button', { name: 'Export CSV' }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '') };
  }

  /** The pagination bar's summary, e.g. "Page 2 of 30 · items 51–100 of 1,473". */
  async pageSummary(): Promise<string> {
    return (await this.paginationBar.getByTestId('page-summary').textContent()) ?? '';
  }

  /** Clicks Next and waits for the next page's answer. */
  async nextPage(): Promise<void> {
    await this.stepPage('Next');
  }

  /** Clicks Previous and waits for the previous page's answer. */
  async previousPage(): Promise<void> {
    await this.stepPage('Previous');
  }

  private async stepPage(name: 'Next' | 'Previous'): Promise<void> {
    const before = await this.pageSummary();
    await this.paginationBar.getByRole('button', { name }).click();
    await this.waitForAnswer();
    await expect(this.paginationBar.getByTestId('page-summary')).not.toHaveText(before);
  }

  /** Runs Fetch all with an optional cap, waits until it ends, and returns the note (e.g. "Fetched 1,473 of 1,473 items in 30 pages."). */
  async fetchAll(cap?: number, timeoutMs = 60_000): Promise<string> {
    await this.paginationBar.getByRole('button', { name: 'Fetch all…' }).click();
    const dialog = this.page.getByTestId('fetch-all-dialog');
    await expect(dialog).toBeVisible();
    if (cap !== undefined) await dialog.getByTestId('fetch-all-cap').fill(String(cap));
    await dialog.getByRole('button', { name: 'Fetch all' }).click();
    await expect(this.fetchAllNote).toBeVisible({ timeout: timeoutMs });
    return (await this.fetchAllNote.getByTestId('fetch-all-note-text').textContent()) ?? '';
  }

  /** Starts Fetch all and cancels it once the progress bar shows; returns the note saying why it stopped. */
  async fetchAllThenCancel(): Promise<string> {
    await this.paginationBar.getByRole('button', { name: 'Fetch all…' }).click();
    const dialog = this.page.getByTestId('fetch-all-dialog');
    await dialog.getByRole('button', { name: 'Fetch all' }).click();
    await expect(dialog.getByTestId('fetch-all-progress')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.fetchAllNote).toBeVisible({ timeout: 30_000 });
    return (await this.fetchAllNote.getByTestId('fetch-all-note-text').textContent()) ?? '';
  }

  /** Leaves the fetch-all items and returns to the single page. */
  async backToSinglePage(): Promise<void> {
    await this.fetchAllNote.getByRole('button', { name: 'Back to the single page' }).click();
    await expect(this.fetchAllNote).toBeHidden();
  }

  /** The whole advice text of an error answer (title, advice, permission, server words). */
  async adviceText(): Promise<string> {
    await expect(this.advice).toBeVisible();
    return (await this.advice.getByTestId('advice-message').textContent()) ?? '';
  }

  /** The permission a 403 named, e.g. "data-services.volume.read". */
  async advicePermission(): Promise<string> {
    return (await this.advice.getByTestId('advice-permission').textContent()) ?? '';
  }

  /** Clicks "Show the raw answer" in the advice and waits for the Raw tab. */
  async showRawAnswer(): Promise<void> {
    await this.advice.getByRole('button', { name: 'Show the raw answer' }).click();
    await expect(this.panel.getByRole('tab', { name: 'Raw', exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  /** The text of the Raw tab as drawn (the whole body for small answers; the visible rows for big ones). */
  async rawText(): Promise<string> {
    await this.openTab('Raw');
    return (await this.panel.getByTestId('response-raw').textContent()) ?? '';
  }

  /** The value of a response header on the Headers tab (case-insensitive name), or undefined. */
  async headerValue(name: string): Promise<string | undefined> {
    await this.openTab('Headers');
    const rows = await this.panel.getByTestId('response-header-table').locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    return rows.find(([key]) => key?.toLowerCase() === name.toLowerCase())?.[1];
  }

  /** The request as sent (Headers tab): the URL and the request headers' text, where the token shows as "Bearer ••••••". */
  async sentRequest(): Promise<{ url: string; headers: string }> {
    await this.openTab('Headers');
    return {
      url: (await this.panel.getByTestId('sent-url').textContent()) ?? '',
      headers: (await this.panel.getByTestId('request-header-table').textContent()) ?? '',
    };
  }

  /** The error shown when a request got no answer (unreachable, timeout, cancelled…). */
  async errorText(): Promise<string> {
    const error = this.panel.getByTestId('response-error');
    await expect(error).toBeVisible();
    return (await error.textContent()) ?? '';
  }

  /** Clicks Cancel while waiting for an answer. */
  async cancel(): Promise<void> {
    await this.panel.getByTestId('response-pending').getByRole('button', { name: 'Cancel' }).click();
  }

  /** The "This answer is 48 MB…" warning text, once shown. */
  async largeAnswerWarning(): Promise<string> {
    const gate = this.panel.getByTestId('large-body-gate');
    await expect(gate).toBeVisible({ timeout: 30_000 });
    return (await gate.textContent()) ?? '';
  }

  /** Clicks "Show anyway" on a large answer and waits until it has been read and prepared. */
  async showAnyway(timeoutMs = 60_000): Promise<void> {
    await this.panel.getByTestId('large-body-gate').getByRole('button', { name: 'Show anyway' }).click();
    await expect(this.panel.getByTestId('body-progress')).toHaveCount(0, { timeout: timeoutMs });
  }
}
