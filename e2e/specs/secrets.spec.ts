/**
 * After a whole session that typed a recognisable client secret, the secret is nowhere but the OS
 * keychain: not in any file Shoreline wrote, not in what the host printed, not in anything the
 * host sent to the window, not in an error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';

const canary = 'CANARY-s3cr3t+with:reserved%chars&more=9f2c7e';
const encodings = [canary, encodeURIComponent(canary), Buffer.from(canary).toString('base64'), canary.replace(/[+]/g, ' ')];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('a typed client secret never leaves the keychain', async ({ shoreline }) => {
  test.skip(shoreline.host !== 'web', 'The HTTP payload check needs the web host; the file and log checks also run there.');
  const payloads: string[] = [];
  shoreline.page.on('response', async (r) => {
    if (r.url().includes('/rpc/')) payloads.push(await r.text().catch(() => ''));
  });
  const app = new AppWindow(shoreline.page);
  const connections = new ConnectionsPage(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  await app.ready();

  await connections.openConnections();
  await connections.selectConnection('Sandbox');
  const tokenUrl = await connections.fieldValue('Token URL');
  await connections.fillNewConnection({ name: 'Canary', tokenUrl, clientId: 'sandbox-client', secret: canary });
  await connections.connectionForm.getByRole('button', { name: 'Save connection' }).click();
  await expect(connections.connectionForm).toContainText('Saved. The secret is in your system keychain.');
  const outcome = await connections.testConnection();
  await expect(outcome).toHaveAttribute('data-error-code', 'invalid_client');
  await connections.closeDialog(connections.connectionsDialog);

  // Go on working, so history, the spec store and settings are all written to as well.
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();

  const leaks: string[] = [];
  for (const file of filesUnder(shoreline.userDataDir)) {
    const text = readFileSync(file, 'latin1');
    if (encodings.some((e) => text.includes(e))) leaks.push(`file ${file}`);
  }
  if (encodings.some((e) => shoreline.output().includes(e))) leaks.push('host output');
  for (const payload of payloads) if (encodings.some((e) => payload.includes(e))) leaks.push(`payload ${payload.slice(0, 80)}`);
  expect(payloads.length).toBeGreaterThan(10);
  expect(leaks).toEqual([]);
});
