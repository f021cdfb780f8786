/**
 * What a first-time user tripped over (issue #15, items 9–13): the first-run guide, setting up an
 * environment for a new connection, the Sandbox among the token URLs, URL-import errors, "enter the
 * new one here", safe mode's real host, decoded URLs, Monaco's second opening, and the polish list.
 */
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';
import { WelcomePage } from '../pages/welcome-page';

test('the first-run cards are actions, and after exploring the Sandbox API "Get all storage systems" is suggested', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const welcome = new WelcomePage(page);
  const connections = new ConnectionsPage(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  await app.ready();
  await expect(welcome.send).toContainText('Once an API is imported');
  await app.screenshot('first-run-guide');

  await welcome.action('connect', 'Add your API client').click();
  await expect(connections.connectionForm.getByRole('heading', { name: 'New connection' })).toBeVisible();
  await connections.closeDialog(connections.connectionsDialog);

  await welcome.action('import', 'Explore the Sandbox API').click();
  await expect(explorer.specRow(/Shoreline Sandbox/)).toBeVisible();
  const suggestion = welcome.action('send', 'Open “Get all storage systems”');
  await expect(suggestion).toBeVisible();
  await expect(welcome.import).toContainText('One API is in the Explorer');
  await app.screenshot('first-run-guide-suggestion');
  await suggestion.click();
  await expect(request.title).toHaveText('Get all storage systems');
  expect(shoreline.consoleErrors).toEqual([]);
});

test('a new connection gets a new environment of its own, the Sandbox is a token URL preset, and a refused secret leads to "Replace the secret"', async ({ shoreline }) => {
  const { page } = shoreline;
  const connections = new ConnectionsPage(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await connections.ready();
  await connections.openEnvironments();
  await connections.environmentItem('Sandbox').click();
  const sandboxBase = await connections.variableValue('baseUrl');
  await connections.closeDialog(connections.environmentsDialog);

  await connections.openConnections();
  await connections.selectConnection('Sandbox');
  // The built-in connection's secret is a demo one in memory, and says so.
  await expect(connections.connectionForm.getByTestId('secret-stored')).toContainText('A demo secret, kept in memory');
  const tokenUrl = await connections.fieldValue('Token URL');
  await connections.fillNewConnection({ name: 'Old secret', tokenUrl: '', clientId: 'sandbox-client', secret: 'an-old-secret' });
  expect(await connections.tokenUrlPresets()).toEqual(expect.arrayContaining([expect.stringContaining('Shoreline Sandbox (this computer)')]));
  await connections.field('Token URL').fill(tokenUrl);
  await connections.connectionForm.getByRole('button', { name: 'Save connection' }).click();
  await expect(connections.connectionForm).toContainText('Saved. The secret is in your system keychain.');

  // "Set up an environment": a new environment for this connection, not the read-only Sandbox.
  await connections.connectionForm.getByRole('button', { name: 'Set up an environment' }).click();
  // The "New environment" menu is open at once (it hides the dialog from the accessibility tree meanwhile).
  const menu = page.getByRole('menu', { name: 'New environment from' });
  await expect(menu).toBeVisible();
  await expect(page.getByText('Where do the APIs of “Old secret” live?')).toBeVisible();
  await connections.screenshot('set-up-environment');
  await menu.getByRole('menuitem', { name: /Blank environment/ }).click();
  await expect(connections.environmentForm.getByRole('combobox', { name: 'Connection' })).toHaveText('Old secret');
  await connections.environmentForm.getByRole('textbox', { name: 'Value of baseUrl' }).fill(sandboxBase);
  await connections.environmentsDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await connections.environmentsDialog.getByRole('button', { name: 'Use this environment' }).click();
  await connections.closeDialog(connections.environmentsDialog);

  // The token server refuses the old secret; the advice's "enter the new one here" has a way there.
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await expect(response.panel.getByTestId('response-error')).toContainText('enter the new one here');
  await response.panel.getByRole('button', { name: 'Replace the secret' }).click();
  await expect(connections.connectionForm.getByRole('heading', { level: 3 })).toHaveText('Old secret');
  await expect(connections.connectionForm.getByLabel('New client secret')).toBeFocused();
  await connections.screenshot('replace-the-secret');
  await connections.closeDialog(connections.connectionsDialog);
  expect(shoreline.consoleErrors).toEqual([]);
});

test('a failed URL import is said inside its dialog, and cleared when the address changes', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  await app.ready();
  const sandbox = await page.evaluate(() => location.origin);
  await explorer.tryImportUrl(`${sandbox}/no-such-spec.yaml`);
  const error = explorer.urlDialog.getByTestId('import-url-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(explorer.importError, 'nothing behind the dialog').toBeHidden();
  await app.screenshot('import-url-error');
  await explorer.urlDialog.getByRole('textbox', { name: 'Address' }).fill(`${sandbox}/another.yaml`);
  await expect(error).toBeHidden();
  await explorer.urlDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(explorer.urlDialog).toBeHidden();
  await expect(explorer.importError).toBeHidden();
});

test('safe mode names the real host, URLs read decoded, and the Pretty view opens twice without an error', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const connections = new ConnectionsPage(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await connections.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));

  await explorer.openOperation('Get all storage systems');
  await request.setValue('sort', 'name desc,id asc');
  await request.expectUrl('{{baseUrl}}/api/v1/storage-systems?sort=name desc,id asc');
  await request.send();
  await response.waitForAnswer();
  await response.openTab('Pretty');
  await expect(response.prettyView).toContainText('"items"');
  await response.openTab('Table');
  await response.openTab('Pretty');
  await expect(response.prettyView).toContainText('"items"');
  expect(shoreline.consoleErrors, 'Monaco opened a second time without an error').toEqual([]);

  await connections.openEnvironments();
  await connections.createEnvironment('EU Central', 'Data Services Cloud Console (DSCC)');
  await connections.environmentsDialog.getByRole('button', { name: 'Use this environment' }).click();
  await connections.closeDialog(connections.environmentsDialog);
  await explorer.openOperation('Create a host');
  await request.send();
  const question = page.getByRole('dialog', { name: 'Send this change?' });
  await expect(question).toBeVisible();
  await expect(question.getByTestId('confirm-send-host')).toHaveText('It goes to eu1.data.cloud.hpe.com (Data Services (EU Central)).');
  await expect(question.getByTestId('confirm-send-address')).toHaveText('POST https://eu1.data.cloud.hpe.com/api/v1/host-initiators');
  await expect(question).not.toContainText('{{baseUrl}}');
  await app.screenshot('safe-mode-host');
  await question.getByRole('button', { name: "Don't send" }).click();
  await expect(question).toBeHidden();
});
