/**
 * Postman in the window (issue #11): a collection in the GreenLake pattern — bearer {{BearerToken}}
 * and a client-credentials token request whose script saves access_token — written here, pointing at
 * the Sandbox, imported from the Collections tab; its report in words; the offered connection
 * accepted with the Sandbox's demo secret; a folder run in which the first request captures an id
 * that the second one uses in its address; the results saved as JSON and JUnit; and the collection
 * exported as Postman v2.1 with no secret or token in it. axe checks the report, the offer and the
 * Run panel.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxCredentials } from '../../electron/services/sandbox/auth/clients';
import { expect, test } from '../fixtures/shoreline';
import { AccessibilityAudit } from '../pages/accessibility';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { PostmanPage } from '../pages/postman-page';
import { RequestPage } from '../pages/request-page';

/** An old secret the file still holds: withheld at import, never written anywhere. */
const staleSecret = 'stale-secret-from-postman-9f2c';

/** A Postman v2.1 collection the way HPE's GreenLake collections are written, aimed at the Sandbox. */
function greenLakeStyleCollection(baseUrl: string, tokenUrl: string) {
  const text = (lines: string[]) => ({ listen: 'test', script: { type: 'text/javascript', exec: lines } });
  return {
    info: { _postman_id: '0f6a1f6c-5b1e-4bb6-9b0e-3d6f1c2a7e11', name: 'GreenLake Sandbox', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{BearerToken}}', type: 'string' }] },
    variable: [
      { key: 'baseUrl', value: baseUrl },
      // A variable holding host and path, as GreenLake's `sso_URI` does.
      { key: 'sso_URI', value: tokenUrl.replace(/^https?:\/\//, '') },
      { key: 'ClientId', value: sandboxCredentials.clientId },
      { key: 'ClientSecret', value: staleSecret },
      { key: 'BearerToken', value: '' },
    ],
    item: [
      {
        name: 'Step1-Generate Token',
        item: [
          {
            name: 'Generate AccessToken',
            event: [text(['var jsonData = JSON.parse(responseBody).access_token;', 'pm.collectionVariables.set("BearerToken", jsonData);', 'console.log(jsonData)'])],
            request: {
              method: 'POST',
              header: [],
              body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'client_credentials' }, { key: 'client_id', value: '{{ClientId}}' }, { key: 'client_secret', value: '{{ClientSecret}}' }] },
              url: { raw: `${new URL(tokenUrl).protocol}//{{sso_URI}}` },
            },
          },
        ],
      },
      {
        name: 'Storage',
        item: [
          {
            name: 'List storage systems',
            event: [text(['pm.test("Status code is 200", function () {', '    pm.response.to.have.status(200);', '});', 'pm.collectionVariables.set("SystemId", pm.response.json().items[0].id);'])],
            request: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/api/v1/storage-systems?limit=1', host: ['{{baseUrl}}'], path: ['api', 'v1', 'storage-systems'], query: [{ key: 'limit', value: '1' }] } },
          },
          {
            name: 'Get that storage system',
            request: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}', host: ['{{baseUrl}}'], path: ['api', 'v1', 'storage-systems', '{{SystemId}}'] } },
          },
        ],
      },
      {
        name: 'Changes',
        item: [
          {
            name: 'Rename the storage system',
            request: {
              method: 'PATCH',
              header: [{ key: 'Content-Type', value: 'application/merge-patch+json' }],
              body: { mode: 'raw', raw: '{ "name": "renamed" }', options: { raw: { language: 'json' } } },
              url: { raw: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}', host: ['{{baseUrl}}'], path: ['api', 'v1', 'storage-systems', '{{SystemId}}'] },
            },
          },
        ],
      },
    ],
  };
}

test('a GreenLake-style Postman collection: import, accept the offered connection, run a folder whose capture feeds the next request, save results, export', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const connections = new ConnectionsPage(page);
  const postman = new PostmanPage(page);
  const request = new RequestPage(page);
  const audit = new AccessibilityAudit(page);
  await connections.ready();

  // Where the Sandbox runs on this computer (its port changes from run to run).
  await connections.openEnvironments();
  await connections.environmentItem('Sandbox').click();
  const baseUrl = await connections.variableValue('baseUrl');
  await connections.closeDialog(connections.environmentsDialog);
  await connections.openConnections();
  await connections.selectConnection('Sandbox');
  const tokenUrl = await connections.fieldValue('Token URL');
  await connections.closeDialog(connections.connectionsDialog);

  const folder = mkdtempSync(join(tmpdir(), 'shoreline-postman-'));
  const file = join(folder, 'GreenLake Sandbox.postman_collection.json');
  writeFileSync(file, JSON.stringify(greenLakeStyleCollection(baseUrl, tokenUrl), null, '\t'));

  // Import: the report in words.
  await postman.importFile(file);
  await expect(postman.report.getByTestId('import-headline')).toHaveText('Imported “GreenLake Sandbox”: 4 requests in 3 folders.');
  await expect(postman.fact('captures')).toContainText('1 capture made from scripts');
  await expect(postman.fact('scriptsNotRun')).toContainText('2 scripts not run');
  await expect(postman.fact('secretsWithheld')).toContainText('1 secret withheld');
  await expect(postman.fact('secretsWithheld')).toContainText('ClientSecret');
  await expect(postman.report.getByTestId('import-not-run')).toContainText('Storage › List storage systems');
  await expect(postman.report.getByTestId('import-not-run')).toContainText('pm.test("Status code is 200"');
  await expect(postman.report.getByTestId('offer-summary')).toContainText(tokenUrl);
  await expect(postman.report.getByTestId('offer-summary')).toContainText(sandboxCredentials.clientId);
  await expect(postman.report).not.toContainText(staleSecret);
  await audit.screen('Postman import report');

  // The offer: token URL, client id and client auth shown; the secret typed.
  await postman.openOffer();
  await expect(postman.offer.getByRole('textbox', { name: 'Token URL' })).toHaveValue(tokenUrl);
  await expect(postman.offer.getByRole('textbox', { name: 'Client ID' })).toHaveValue(sandboxCredentials.clientId);
  await expect(postman.offer.getByRole('radio', { name: 'In the form body' })).toBeChecked();
  await audit.screen('Connection offer');
  await postman.acceptOffer(sandboxCredentials.clientSecret);
  await expect(postman.report.getByTestId('offer-accepted')).toContainText('1 token request is now handled by the connection');
  await app.screenshot('postman-import-report');
  await postman.closeReport();

  // The tree: the token request handled by the connection; the collection sets its own connection.
  await postman.collections.expandPath('GreenLake Sandbox', 'Step1-Generate Token', 'Storage');
  await expect(postman.collections.row('Generate AccessToken')).toContainText('by connection');
  await expect(postman.collections.row('GreenLake Sandbox').getByRole('img', { name: 'Sets its own connection' })).toBeVisible();

  // On the request: the capture made from its script, editable, and the script it keeps but does not run.
  await postman.collections.openRequest('List storage systems');
  await request.openTab('Variables');
  await expect(page.getByTestId('captures').getByRole('textbox', { name: 'Capture 1 variable' })).toHaveValue('SystemId');
  await expect(page.getByTestId('captures').getByRole('textbox', { name: 'SystemId path' })).toHaveValue('items[0].id');
  await expect(page.getByTestId('kept-scripts')).toContainText('pm.response.to.have.status(200)');
  await audit.screen('Imported request with kept scripts');
  await postman.collections.openRequest('Generate AccessToken');
  await request.openTab('Variables');
  await expect(page.getByTestId('handled-by-connection')).toBeVisible();
  await app.screenshot('postman-request-kept-scripts');

  // Run the folder: the first request captures the id the second one sends.
  await postman.openRun('Storage');
  await expect(postman.step('List storage systems')).toHaveAttribute('data-state', 'pending');
  await postman.runAndWait();
  await expect(postman.runPanel.getByTestId('run-headline')).toHaveText('Finished: every request answered 2xx or 3xx (2 passed).');
  const captured = (await postman.step('List storage systems').getByTestId('run-step-captured').textContent()) ?? '';
  const systemId = /^SystemId = (\S+)$/.exec(captured.trim())?.[1];
  expect(systemId, `captured: ${captured}`).toBeTruthy();
  await expect(postman.step('Get that storage system').getByTestId('run-step-url')).toHaveText(`${baseUrl}/api/v1/storage-systems/${systemId}`);
  await expect(postman.step('Get that storage system').getByTestId('run-step-status')).toContainText('200');
  await app.screenshot('postman-run-panel');
  await audit.screen('Run panel');

  const json = await postman.saveResults('json');
  expect(json.fileName).toMatch(/^GreenLake Sandbox-Storage run \d{4}-\d{2}-\d{2} \d{2}-\d{2}\.json$/);
  const result = JSON.parse(json.text) as { outcome: string; steps: { name: string; url: string; status: number }[] };
  expect(result.outcome).toBe('passed');
  expect(result.steps.map((s) => [s.name, s.status])).toEqual([['List storage systems', 200], ['Get that storage system', 200]]);
  const junit = await postman.saveResults('junit');
  expect(junit.text).toContain('<testsuites');
  expect(junit.text).toContain(`<testcase name="GET Get that storage system"`);
  expect(junit.text).toContain(`/api/v1/storage-systems/${systemId} 200 OK`);
  for (const saved of [json.text, junit.text]) {
    expect(saved).not.toContain(sandboxCredentials.clientSecret);
    expect(saved).not.toContain(staleSecret);
  }
  await postman.closeRun();

  // Export as Postman v2.1: the capture as a test script, auth a {{token}} placeholder, no secret.
  const exported = await postman.exportCollection('GreenLake Sandbox');
  expect(exported.fileName).toBe('GreenLake Sandbox.postman_collection.json');
  expect(exported.text).toContain('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
  expect(exported.text).toContain('SystemId');
  expect(exported.text).not.toContain(sandboxCredentials.clientSecret);
  expect(exported.text).not.toContain(staleSecret);
  expect(exported.text).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);

  expect(audit.findings, audit.report()).toEqual([]);
  expect(shoreline.consoleErrors).toEqual([]);
  expect(shoreline.output()).not.toContain(sandboxCredentials.clientSecret);
});

test('safe mode in a run: a PATCH outside the Sandbox is listed once before the run, and can be left out', async ({ shoreline }) => {
  const { page } = shoreline;
  const connections = new ConnectionsPage(page);
  const postman = new PostmanPage(page);
  const audit = new AccessibilityAudit(page);
  await connections.ready();
  await connections.openEnvironments();
  await connections.createEnvironment('EU Central', 'Data Services Cloud Console (DSCC)');
  await expect(connections.environmentItem('Data Services (EU Central)')).toBeVisible();
  await connections.closeDialog(connections.environmentsDialog);

  const folder = mkdtempSync(join(tmpdir(), 'shoreline-postman-'));
  const file = join(folder, 'GreenLake.postman_collection.json');
  writeFileSync(file, JSON.stringify(greenLakeStyleCollection('https://eu1.data.cloud.hpe.com', 'https://sso.common.cloud.hpe.com/as/token.oauth2')));
  await postman.importFile(file);
  await postman.closeReport();

  await postman.openRun('Changes');
  await postman.runPanel.getByRole('combobox', { name: 'Environment' }).click();
  await page.getByRole('option', { name: 'Data Services (EU Central)' }).click();
  await postman.runPanel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(postman.unsafeConfirm).toBeVisible();
  await expect(postman.unsafeConfirm).toContainText('Send a change outside the Sandbox?');
  await expect(postman.unsafeConfirm).toContainText('Rename the storage system');
  await expect(postman.unsafeConfirm).toContainText('https://eu1.data.cloud.hpe.com/api/v1/storage-systems/');
  await audit.screen('Run safe mode');
  await postman.unsafeConfirm.getByRole('button', { name: 'Run without it' }).click();
  await expect(postman.runPanel.getByTestId('run-headline')).toContainText(/^Finished/);
  await expect(postman.step('Rename the storage system')).toHaveAttribute('data-state', 'skipped');
  await expect(postman.step('Rename the storage system').getByTestId('run-step-status')).toContainText('skipped');

  expect(audit.findings, audit.report()).toEqual([]);
  expect(shoreline.consoleErrors).toEqual([]);
});

test('each file lands where it belongs: an OpenAPI file dropped on Collections goes to the Explorer, a Postman file dropped on the Explorer becomes a collection', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const postman = new PostmanPage(page);
  const explorer = new ExplorerPage(page);
  await app.ready();

  await postman.collections.open();
  await postman.dropFile(page.getByTestId('collections-panel'), 'dscc-storage-api-v1.4.0.yaml', readFileSync(specFixture('dscc-storage-api-v1.4.0.yaml'), 'utf8'));
  await expect(page.getByRole('tab', { name: 'Explorer', selected: true })).toBeVisible();
  await expect(explorer.specRow(/Data Services Cloud Console/)).toBeVisible({ timeout: 30_000 });

  const collection = greenLakeStyleCollection('https://eu1.data.cloud.hpe.com', 'https://sso.common.cloud.hpe.com/as/token.oauth2');
  await postman.dropFile(explorer.tree, 'GreenLake.json', JSON.stringify(collection));
  await expect(postman.report).toBeVisible();
  await expect(postman.report.getByTestId('import-headline')).toHaveText('Imported “GreenLake Sandbox”: 4 requests in 3 folders.');
  await postman.closeReport();
  await expect(page.getByRole('tab', { name: 'Collections', selected: true })).toBeVisible();
  await expect(postman.collections.row('GreenLake Sandbox')).toBeVisible();

  // Dropped on the tree of collections (which moves rows by drag and drop), a file still imports; one that is neither is refused in words.
  await postman.dropFile(postman.collections.tree, 'notes.json', '{ "values": [1, 2] }');
  await expect(page.getByRole('tab', { name: 'Explorer', selected: true })).toBeVisible();
  await expect(page.getByTestId('import-error')).toContainText('notes.json');
  expect(shoreline.consoleErrors).toEqual([]);
});
