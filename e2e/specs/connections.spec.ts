import { expect, test } from '../fixtures/shoreline';
import { ConnectionsPage } from '../pages/connections-page';

const jwt = /^[\w-]+\.[\w-]+\.[\w-]+$/;

test('the Sandbox is ready on first run, and a wrong secret is explained in words', async ({ shoreline }) => {
  const app = new ConnectionsPage(shoreline.page);
  await app.ready();
  await expect(app.picker).toContainText('Sandbox');
  await expect(app.tokenChip).toBeVisible();

  await app.openConnections();
  await app.selectConnection('Sandbox');
  await expect(app.connectionForm).toContainText('built into Shoreline');
  const tokenUrl = await app.fieldValue('Token URL');
  const clientId = await app.fieldValue('Client ID');
  expect(tokenUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  await app.screenshot('connections-dialog');

  await app.fillNewConnection({ name: 'Wrong secret', tokenUrl, clientId, secret: 'not-the-secret' });
  const outcome = await app.testConnection();
  await expect(outcome).toHaveAttribute('data-error-code', 'invalid_client');
  await expect(outcome).toContainText('The client ID or secret was not accepted by the token server');
  await outcome.getByRole('button', { name: 'Show details' }).click();
  await expect(outcome.getByLabel('Error details')).toContainText('invalid_client');
  await expect(outcome).not.toContainText('not-the-secret');
  await app.screenshot('connections-dialog-test-failed');
  await app.closeDialog(app.connectionsDialog, true);
  expect(shoreline.consoleErrors).toEqual([]);
});

test('the token chip counts down, and the token panel decodes, renews and copies', async ({ shoreline }) => {
  const app = new ConnectionsPage(shoreline.page);
  await app.ready();
  await app.allowClipboard(shoreline.host);
  await app.ensureToken();
  const first = await app.tokenChip.textContent();
  await expect.poll(() => app.tokenChip.textContent(), { timeout: 5_000 }).not.toBe(first);

  await app.openTokenPanel();
  await app.renew();
  await expect(app.tokenChip).toHaveText(/^Token · \d+:\d{2}/);
  await expect(app.tokenPanel.getByTestId('token-countdown')).toHaveText(/^\d+:\d{2}/);
  await expect(app.claim('client_id')).toBeVisible();
  await expect(app.claim('iss')).toContainText('http');
  await expect(app.claim('exp')).toBeVisible();
  await expect(app.tokenPanel).not.toContainText(/eyJ[\w-]{10,}/);
  await app.screenshot('token-panel');

  const copied = await app.copyToken();
  expect(copied).toMatch(jwt);
  await app.closeTokenPanel();
  expect(shoreline.consoleErrors).toEqual([]);
});

test('an environment made from a GreenLake preset can be used and deleted, the Sandbox cannot', async ({ shoreline }) => {
  const app = new ConnectionsPage(shoreline.page);
  await app.ready();
  await app.openEnvironments();
  await app.environmentItem('Sandbox').click();
  await expect(app.environmentsDialog.getByRole('button', { name: 'Delete environment' })).toBeDisabled();
  await app.screenshot('environments-dialog');

  await app.createEnvironment('EU Central', 'Data Services Cloud Console (DSCC)');
  await expect(app.environmentItem('Data Services (EU Central)')).toBeVisible();
  expect(await app.variableValue('baseUrl')).toBe('https://eu1.data.cloud.hpe.com');
  await app.environmentsDialog.getByRole('button', { name: 'Use this environment' }).click();
  await expect(app.picker).toContainText('Data Services (EU Central)');

  await app.environmentsDialog.getByRole('button', { name: 'Delete environment' }).click();
  await shoreline.page.getByRole('dialog', { name: /Delete “Data Services \(EU Central\)”/ }).getByRole('button', { name: 'Delete environment' }).click();
  await expect(app.environmentItem('Data Services (EU Central)')).toBeHidden();
  await app.closeDialog(app.environmentsDialog);
  await app.pick('Sandbox');
  await expect(app.picker).toContainText('Sandbox');
  expect(shoreline.consoleErrors).toEqual([]);
});
