/**
 * The page object for connections, environments and tokens: the header's environment picker and
 * token chip, the two "Manage…" dialogs and the token panel. Specs never touch their markup directly.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppWindow } from './app-window';

/** Client credentials as the connection form asks for them. */
export interface ClientCredentials {
  name: string;
  tokenUrl: string;
  clientId: string;
  secret: string;
}

/** Connections, environments and the token panel. */
export class ConnectionsPage {
  readonly bar: Locator;
  readonly picker: Locator;
  readonly tokenChip: Locator;
  readonly connectionsDialog: Locator;
  readonly connectionForm: Locator;
  readonly environmentsDialog: Locator;
  readonly environmentForm: Locator;
  readonly tokenPanel: Locator;
  private readonly app: AppWindow;

  constructor(readonly page: Page) {
    this.app = new AppWindow(page);
    this.bar = page.getByTestId('connection-bar');
    this.picker = page.getByTestId('environment-picker');
    this.tokenChip = page.getByTestId('token-chip');
    this.connectionsDialog = page.getByRole('dialog', { name: 'Connections' });
    this.connectionForm = this.connectionsDialog.getByTestId('connection-form');
    this.environmentsDialog = page.getByRole('dialog', { name: 'Environments' });
    this.environmentForm = this.environmentsDialog.getByTestId('environment-form');
    this.tokenPanel = page.getByRole('dialog', { name: 'Access token' });
  }

  /** Waits for the app, then for the header to show an environment. */
  async ready(): Promise<void> {
    await this.app.ready();
    await expect(this.picker).toBeVisible();
  }

  /** Lets the page read and write the clipboard (the web host runs in a plain browser context). */
  async allowClipboard(host: 'web' | 'electron'): Promise<void> {
    if (host === 'web') await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  }

  /** Chooses an entry of the environment picker's menu: an environment by its name, or an action such as "Manage connections…". */
  async pick(item: string): Promise<void> {
    await this.picker.click();
    const menu = this.page.getByRole('menu', { name: 'Environments' });
    // An environment's item is named by all it shows (name, Sandbox, base URL); it carries its name alone too.
    const environment = menu.getByRole('menuitem').and(this.page.locator(`[data-environment-name=${JSON.stringify(item)}]`));
    await environment.or(menu.getByRole('menuitem', { name: item, exact: true })).click();
  }

  /** Opens "Manage connections…" from the environment picker. */
  async openConnections(): Promise<void> {
    await this.pick('Manage connections…');
    await expect(this.connectionsDialog).toBeVisible();
    await expect(this.connectionForm).toBeVisible();
  }

  /** Opens "Manage environments…" from the environment picker. */
  async openEnvironments(): Promise<void> {
    await this.pick('Manage environments…');
    await expect(this.environmentsDialog).toBeVisible();
  }

  /** A connection's entry in the dialog's list (its button is named by all it shows: name, host, "Built in"). */
  connectionItem(name: string): Locator {
    return this.connectionsDialog.getByRole('list', { name: 'Connections' }).getByRole('button').and(this.page.locator(`[data-connection-name=${JSON.stringify(name)}]`));
  }

  /** Opens a saved connection in the form. */
  async selectConnection(name: string): Promise<void> {
    await this.connectionItem(name).click();
    await expect(this.connectionForm.getByRole('heading', { level: 3 })).toHaveText(name);
  }

  /** A text field of the connection form by its label (the token URL is a combobox while editable). */
  field(label: string): Locator {
    const form = this.connectionForm;
    return form.getByRole('textbox', { name: label, exact: true }).or(form.getByRole('combobox', { name: label, exact: true }));
  }

  /** The value of a text field of the connection form (read-only ones included). */
  fieldValue(label: string): Promise<string> {
    return this.field(label).inputValue();
  }

  /** Starts a new connection and types client credentials into it (nothing is saved). */
  async fillNewConnection(credentials: ClientCredentials): Promise<void> {
    await this.connectionsDialog.getByRole('button', { name: 'Add connection' }).first().click();
    await expect(this.connectionForm.getByRole('heading', { name: 'New connection' })).toBeVisible();
    await this.field('Name').fill(credentials.name);
    await this.field('Token URL').fill(credentials.tokenUrl);
    await this.field('Client ID').fill(credentials.clientId);
    await this.field('Client secret').fill(credentials.secret);
  }

  /** Presses "Test connection" and returns the outcome once it is shown. */
  async testConnection(): Promise<Locator> {
    await this.connectionForm.getByRole('button', { name: 'Test connection' }).click();
    const outcome = this.connectionForm.getByTestId('connection-test-outcome');
    await expect(outcome).toBeVisible();
    return outcome;
  }

  /** Closes a manage dialog, discarding unsaved edits if it asks. */
  async closeDialog(dialog: Locator, discard = false): Promise<void> {
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    if (discard) await this.page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The names offered by the token URL field's list of presets (opened and closed again). */
  async tokenUrlPresets(): Promise<string[]> {
    await this.field('Token URL').click();
    await this.page.keyboard.press('ArrowDown');
    const options = this.page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    const texts = await options.allTextContents();
    await this.page.keyboard.press('Escape');
    return texts;
  }

  /** Makes sure the active connection has a token: "No token yet" on the chip fetches one. */
  async ensureToken(): Promise<void> {
    await expect(this.tokenChip).toHaveText(/No token yet|Token · /);
    if ((await this.tokenChip.textContent())?.includes('No token yet')) await this.tokenChip.click();
    await expect(this.tokenChip).toHaveText(/^Token · \d+:\d{2}/);
  }

  /** Opens the token panel from the chip. */
  async openTokenPanel(): Promise<void> {
    await this.tokenChip.click();
    await expect(this.tokenPanel).toBeVisible();
  }

  /** Presses "Renew now" in the token panel and waits for the fresh token. */
  async renew(): Promise<void> {
    await this.tokenPanel.getByRole('button', { name: 'Renew now' }).click();
    await expect(this.tokenPanel.getByRole('button', { name: 'Renew now' })).toBeEnabled();
    await expect(this.tokenPanel.getByTestId('token-state')).toHaveText('Valid');
  }

  /** A claim's row in the token panel's table. */
  claim(name: string): Locator {
    return this.tokenPanel.getByRole('table', { name: 'Token claims' }).locator(`tr[data-claim="${name}"]`);
  }

  /** Presses "Copy token" and returns what landed on the clipboard. */
  async copyToken(): Promise<string> {
    await this.tokenPanel.getByRole('button', { name: 'Copy token' }).click();
    await expect(this.page.getByTestId('copy-token-confirmation')).toContainText('Copied — it expires at');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Closes the token panel. */
  async closeTokenPanel(): Promise<void> {
    await this.tokenPanel.getByRole('button', { name: 'Close token panel' }).click();
    await expect(this.tokenPanel).toBeHidden();
  }

  /** An environment's entry in the environments dialog's list. */
  environmentItem(name: string): Locator {
    return this.environmentsDialog.getByRole('list', { name: 'Environments' }).getByRole('button').and(this.page.locator(`[data-environment-name=${JSON.stringify(name)}]`));
  }

  /** Creates an environment from the "New environment" menu. */
  async createEnvironment(region: string | RegExp, group: string): Promise<void> {
    await this.environmentsDialog.getByRole('button', { name: 'New environment' }).click();
    const menu = this.page.getByRole('menu', { name: 'New environment from' });
    const groupHeader = menu.getByText(group, { exact: true });
    await expect(groupHeader).toBeVisible();
    // Regions repeat across products, so the entry is taken from the items after the group's header.
    await groupHeader.locator('xpath=following-sibling::li[@role="menuitem"]').filter({ hasText: region }).first().click();
    await expect(menu).toBeHidden();
  }

  /** The value of a variable in the environment form. */
  variableValue(name: string): Promise<string> {
    return this.environmentForm.getByRole('textbox', { name: `Value of ${name}` }).inputValue();
  }

  /** Saves a screenshot of the window. */
  screenshot(name: string): Promise<void> {
    return this.app.screenshot(name);
  }
}
