/**
 * HPE's scripts read CLIENTID and CLIENTSECRET from the environment (seed 003). Started with them,
 * Shoreline offers to save them as a connection; the secret goes straight to the keychain and works.
 */
import { sandboxCredentials } from '../../electron/services/sandbox/auth/clients';
import { expect, test } from '../fixtures/shoreline';
import { ConnectionsPage } from '../pages/connections-page';

test.use({ hostEnv: { CLIENTID: sandboxCredentials.clientId, CLIENTSECRET: sandboxCredentials.clientSecret } });

test('CLIENTID and CLIENTSECRET from the environment become a working connection', async ({ shoreline }) => {
  const app = new ConnectionsPage(shoreline.page);
  await app.ready();
  await app.openConnections();
  await app.selectConnection('Sandbox');
  const tokenUrl = await app.fieldValue('Token URL');
  const offer = shoreline.page.getByTestId('env-offer');
  await expect(offer).toContainText(sandboxCredentials.clientId);
  await expect(offer).not.toContainText(sandboxCredentials.clientSecret);
  await offer.getByRole('combobox', { name: 'Token URL' }).fill(tokenUrl);
  await offer.getByRole('button', { name: 'Save as a connection' }).click();
  await expect(offer).toBeHidden();
  await app.selectConnection('From environment variables');
  const outcome = await app.testConnection();
  await expect(outcome).toContainText('Token received');
});
