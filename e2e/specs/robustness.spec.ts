/**
 * What hostile files and a standards OAuth2 server found (issue 15): an unrelated or truncated spec
 * never replaces another without asking and the last update can be undone; a UTF-16 file from
 * PowerShell imports; a client registered for HTTP Basic is switched to it from the connection test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sandboxCredentials } from '../../electron/services/sandbox/auth/clients';
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage } from '../pages/explorer-page';

/** An OpenAPI 3 spec named `title` with `count` operations on api.netlify.com, padded to look real. */
function netlifyLike(title: string, count: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/things-${i}`] = { get: { summary: `List things ${i}`, description: 'Lists the things. '.repeat(20), responses: { '200': { description: 'OK' } } } };
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title, version: count > 10 ? '2.33.0' : '0.1' }, servers: [{ url: 'https://api.netlify.com/api/v1' }], paths }, null, 2);
}

test('a much smaller spec with the same title asks first; Cancel keeps the spec, Update can be undone', async ({ shoreline }, testInfo) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const full = join(testInfo.outputDir, 'netlify.json');
  const truncated = join(testInfo.outputDir, 'netlify (1).json');
  writeFileSync(full, netlifyLike('Netlify API', 120));
  writeFileSync(truncated, netlifyLike('Netlify API', 2));
  await explorer.importFiles(full);
  await expect(explorer.specRow('Netlify API')).toContainText('120');

  await explorer.importFiles(truncated);
  const question = shoreline.page.getByRole('dialog', { name: 'Update Netlify API, or import as new?' });
  await expect(question).toContainText(/This looks like Netlify API v2\.33\.0 \(\d+ KB, 120 endpoints\) — the new file is Netlify API v0\.1 \(\d+(\.\d)? KB, 2 endpoints\)/);
  await expect(question).toContainText('much smaller');
  await app.screenshot('import-question');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(explorer.specRow('Netlify API')).toContainText('120');

  await explorer.importFiles(truncated);
  await question.getByRole('button', { name: 'Update Netlify API' }).click();
  await expect(explorer.specRow('Netlify API')).toContainText('2');
  await shoreline.page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(shoreline.page.getByText('Put back Netlify API v2.33.0 as it was before the update.')).toBeVisible();
  await expect(explorer.specRow('Netlify API')).toContainText('120');
  await app.screenshot('import-undone');
  expect(shoreline.consoleErrors).toEqual([]);
});

test('two unrelated specs without a title import side by side when the user says so', async ({ shoreline }, testInfo) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const untitled = (path: string) => JSON.stringify({ openapi: '3.0.3', info: { version: '1' }, paths: { [path]: { get: { responses: { '200': { description: 'OK' } } } } } });
  writeFileSync(join(testInfo.outputDir, 'a.json'), untitled('/a'));
  writeFileSync(join(testInfo.outputDir, 'b.json'), untitled('/b'));
  await explorer.importFiles(join(testInfo.outputDir, 'a.json'));
  await explorer.importFiles(join(testInfo.outputDir, 'b.json'));
  const question = shoreline.page.getByRole('dialog', { name: 'Update Untitled API, or import as new?' });
  await question.getByRole('button', { name: 'Import as new' }).click();
  await expect(explorer.specRow('Untitled API')).toHaveCount(2);
});

test('a spec saved by Windows PowerShell 5.1 (UTF-16 with a byte-order mark) imports from the file picker', async ({ shoreline }, testInfo) => {
  const app = new AppWindow(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  await app.ready();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const text = 'openapi: 3.0.3\ninfo:\n  title: Café API\n  version: "1"\npaths:\n  /cafés:\n    get:\n      summary: List cafés\n      responses:\n        "200": {description: OK}\n';
  const file = join(testInfo.outputDir, 'out-file.yaml');
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await explorer.importFiles(file);
  await expect(explorer.specRow('Café API')).toContainText('1');
  const noBom = join(testInfo.outputDir, 'no-bom.yaml');
  writeFileSync(noBom, Buffer.from(text, 'utf16le'));
  await explorer.importFiles(noBom);
  await expect(explorer.importError).toContainText('no-bom.yaml: This file is saved as UTF-16 text without a byte-order mark');
});

test('a client registered for HTTP Basic: the connection test says so and switches with one click', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const connections = new ConnectionsPage(shoreline.page);
  await app.ready();
  await connections.openConnections();
  await connections.selectConnection('Sandbox');
  const tokenUrl = await connections.fieldValue('Token URL');
  const { basicClientId, basicClientSecret } = sandboxCredentials;
  await connections.fillNewConnection({ name: 'Basic only', tokenUrl, clientId: basicClientId, secret: basicClientSecret });
  const outcome = await connections.testConnection();
  await expect(outcome).toHaveAttribute('data-error-code', 'client_auth_mismatch');
  await expect(outcome).toContainText('The token server expects the client ID and secret in an HTTP Basic header, not in the request body.');
  await app.screenshot('connection-auth-mismatch');
  await connections.connectionForm.getByRole('button', { name: 'Use HTTP Basic and test again' }).click();
  await expect(connections.connectionForm.getByTestId('connection-test-outcome')).toContainText('Token received');
  await expect(connections.connectionForm.getByRole('radio', { name: 'HTTP Basic header' })).toBeChecked();
});
