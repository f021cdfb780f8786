/** The page object for the request builder: parameters, helpers, body, Send. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The request builder of the open endpoint. */
export class RequestPage {
  readonly url: Locator;

  constructor(readonly page: Page) {
    this.url = page.getByTestId('request-url');
  }

  /** The open endpoint's name (the builder's heading). */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  /** A parameter helper's popover. */
  helper(kind: 'select' | 'sort' | 'filter'): Locator {
    return this.page.getByTestId(`${kind}-helper`);
  }

  /** The button that opens a parameter's helper. */
  helperButton(kind: 'select' | 'sort' | 'filter'): Locator {
    const names = { select: 'Choose fields', sort: 'Build the sort order', filter: 'Build a filter' };
    return this.page.getByRole('button', { name: names[kind] });
  }

  /** The divider between the request and the answer (a window splitter). */
  get splitter(): Locator {
    return this.page.getByRole('separator', { name: 'Resize the request and the answer' });
  }

  /** Parameter rows fully inside the visible part of the parameters table. */
  async fullyVisibleParams(): Promise<number> {
    return this.page.getByRole('table', { name: 'Parameters' }).evaluate((table) => {
      const scroller = table.closest('[role="tabpanel"]') ?? table.parentElement!;
      const view = scroller.getBoundingClientRect();
      return [...table.querySelectorAll('[role="row"][data-testid^="param-"]')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
      }).length;
    });
  }

  /** Opens a parameter's helper with its button. */
  async openHelper(kind: 'select' | 'sort' | 'filter'): Promise<void> {
    await this.helperButton(kind).click();
    await expect(this.helper(kind)).toBeVisible();
  }

  /** Closes a helper with its Done button. */
  async closeHelper(kind: 'select' | 'sort' | 'filter'): Promise<void> {
    await this.helper(kind).getByRole('button', { name: 'Done' }).click();
    await expect(this.helper(kind)).toBeHidden();
  }

  /** The row of a parameter. */
  param(name: string): Locator {
    return this.page.getByTestId(`param-${name}`);
  }

  /** The tick box of a parameter. */
  tick(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Send ${name}` });
  }

  /** Names of the ticked parameters. */
  async tickedParams(): Promise<string[]> {
    const boxes = this.page.getByRole('checkbox', { name: /^Send / });
    const names: string[] = [];
    for (const box of await boxes.all()) {
      if (await box.isChecked()) names.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Send /, ''));
    }
    return names;
  }

  /** Types a value (which ticks the row). */
  async setValue(name: string, value: string): Promise<void> {
    await this.page.getByRole('textbox', { name: `${name} value` }).fill(value);
  }

  /** The value box of a parameter. */
  value(name: string): Locator {
    return this.page.getByRole('textbox', { name: `${name} value` });
  }

  /** Ticks the given fields in the select helper. */
  async chooseFields(...fields: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Choose fields' }).click();
    const helper = this.page.getByTestId('select-helper');
    for (const field of fields) await helper.getByRole('checkbox', { name: new RegExp(`^${field}\\b`) }).first().check();
    await helper.getByRole('button', { name: 'Done' }).click();
  }

  /** Builds a sort order with the sort helper: pairs of field and direction. */
  async sortBy(...keys: [string, 'asc' | 'desc'][]): Promise<void> {
    await this.page.getByRole('button', { name: 'Build the sort order' }).click();
    const helper = this.page.getByTestId('sort-helper');
    for (const [index, [field, direction]] of keys.entries()) {
      if (index > 0) await helper.getByRole('button', { name: 'Add field' }).click();
      await helper.getByRole('combobox', { name: 'Field' }).nth(index).fill(field);
      await helper.getByRole('button', { name: direction === 'asc' ? 'ascending' : 'descending' }).nth(index).click();
    }
    await helper.getByRole('button', { name: 'Done' }).click();
  }

  /** Opens the filter helper and adds a date preset on `field`. */
  async filterLast(field: string, preset: 'Last hour' | 'Last 24 h' | 'Last 7 days'): Promise<void> {
    await this.page.getByRole('button', { name: 'Build a filter' }).click();
    const helper = this.page.getByTestId('filter-helper');
    await helper.getByRole('combobox', { name: 'Field' }).first().fill(field);
    await helper.getByRole('button', { name: preset }).click();
    await helper.getByRole('button', { name: 'Done' }).click();
  }

  /** Presses Send. */
  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
  }

  /** Opens a builder tab. */
  async openTab(name: 'Parameters' | 'Headers' | 'Body' | 'Auth' | 'Variables' | 'Docs'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Request parts' }).getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** The address box of a request with no spec behind it (a new request, say). */
  get addressInput(): Locator {
    return this.page.getByRole('textbox', { name: 'Request URL' });
  }

  /** Types an address into a new request's address box (its query becomes rows). */
  async typeAddress(text: string): Promise<void> {
    await this.addressInput.fill(text);
  }

  /** The value box of the row named `key` in a key–value table ("Query parameters", "Headers", "Request variables" …). */
  rowValue(table: string, key: string): Locator {
    return this.page.getByRole('table', { name: table }).getByRole('textbox', { name: `${key} value`, exact: true });
  }

  /** Adds a row to a key–value table by typing into its empty last row. */
  async addRow(table: string, key: string, value: string): Promise<void> {
    const rows = this.page.getByRole('table', { name: table });
    const noun = rows.getByRole('textbox', { name: /^New .* name$/ });
    await noun.click();
    await this.page.keyboard.type(key, { delay: 10 });
    await this.rowValue(table, key).fill(value);
  }

  /** Waits for the URL line to read `text`. */
  async expectUrl(text: string | RegExp): Promise<void> {
    await expect(this.url).toHaveText(text);
  }
}
