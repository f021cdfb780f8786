/**
 * axe-core on every main screen, in both themes: no violation of serious or critical impact
 * (PRODUCT.md C11, issue #14). Each test brings screens up through the page objects and hands them to
 * the audit; `.reports/screenshots/a11y-*.png` shows every screen audited.
 */
import { expect, test } from '../fixtures/shoreline';
import { AccessibilityAudit } from '../pages/accessibility';
import { AppWindow } from '../pages/app-window';
import { CollectionsPage } from '../pages/collections-page';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { HistoryPage } from '../pages/history-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';
import { TabsPage } from '../pages/tabs-page';

// axe takes seconds per screen on a big DOM (the 596-endpoint tree, a table), twice per screen.
test.describe.configure({ timeout: 240_000 });

test('first run, the explorer with a spec, and the request builder with each helper open pass axe in both themes', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const audit = new AccessibilityAudit(page);
  await app.ready();
  await audit.screen('First run');
  await page.keyboard.press('Control+/');
  await expect(app.shortcutsDialog).toBeVisible();
  await audit.screen('Keyboard shortcuts');
  await page.keyboard.press('Escape');
  await explorer.tryImportUrl(`${await page.evaluate(() => location.origin)}/no-such-spec.yaml`);
  await expect(explorer.urlDialog.getByTestId('import-url-error')).toBeVisible({ timeout: 30_000 });
  await audit.screen('Import from a URL, failed');
  await explorer.urlDialog.getByRole('button', { name: 'Cancel' }).click();

  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.tagRow('alarms').click();
  await audit.screen('Explorer with a spec');
  await explorer.searchFor('storage');
  await audit.screen('Explorer search');

  await explorer.openOperation('Get all storage systems');
  await audit.screen('Request builder');
  for (const kind of ['select', 'sort', 'filter'] as const) {
    await request.openHelper(kind);
    await audit.screen(`The ${kind} helper`);
    await request.closeHelper(kind);
  }
  await request.openTab('Docs');
  await audit.screen('Docs');
  expect(audit.findings, audit.report()).toEqual([]);
});

test('the answer as a table and as pretty JSON, the token panel, the dialogs and the history pass axe in both themes', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  const connections = new ConnectionsPage(page);
  const history = new HistoryPage(page);
  const audit = new AccessibilityAudit(page);
  await connections.ready();
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();
  await audit.screen('Answer as a table');
  await response.openTab('Pretty');
  await expect(response.prettyView).toContainText('"items"');
  await audit.screen('Answer as pretty JSON');

  await connections.openTokenPanel();
  await audit.screen('Token panel');
  await connections.closeTokenPanel();
  await connections.openConnections();
  await audit.screen('Connections dialog');
  await connections.closeDialog(connections.connectionsDialog);
  await connections.openEnvironments();
  await audit.screen('Environments dialog');
  await connections.environmentsDialog.getByRole('button', { name: 'New environment' }).click();
  await expect(page.getByRole('menu', { name: 'New environment from' })).toBeVisible();
  await audit.screen('New environment menu');
  await page.keyboard.press('Escape');
  await connections.closeDialog(connections.environmentsDialog);

  await connections.picker.click();
  await expect(page.getByRole('menu', { name: 'Environments' })).toBeVisible();
  await audit.screen('Environment picker');
  await page.keyboard.press('Escape');

  await app.openTab('History');
  await expect(history.entries.first()).toBeVisible();
  await audit.screen('History');
  expect(audit.findings, audit.report()).toEqual([]);
});

test('tabs, the Save dialog, the Collections tree with its menu and dialogs, the Undo message and a new request pass axe in both themes', async ({ shoreline }) => {
  test.setTimeout(420_000);
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  const collections = new CollectionsPage(page);
  const tabs = new TabsPage(page);
  const audit = new AccessibilityAudit(page);
  await app.ready();
  await collections.open();
  await audit.screen('Collections, empty');
  await app.openTab('Explorer');
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all volumes');
  await tabs.keep('Get all volumes');
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();
  await audit.screen('Two tabs, one preview');

  await page.keyboard.press('Control+s');
  await expect(collections.saveDialog).toBeVisible();
  await audit.screen('Save request dialog');
  await collections.saveInto({ collection: 'DSCC', folder: 'Storage', create: true });
  await collections.open();
  await expect.poll(() => collections.outline()).toEqual(['DSCC', '  Storage', '    Get all storage systems']);
  await audit.screen('Collections tree');
  await collections.rowAction('Storage', 'Connection, environment and variables…');
  await expect(collections.settingsDialog).toBeVisible();
  await audit.screen('Folder settings');
  await page.keyboard.press('Escape');
  await collections.row('Storage').hover();
  await collections.row('Storage').getByRole('button', { name: 'Actions for Storage' }).click();
  await audit.screen('Row menu');
  await page.keyboard.press('Escape');
  await request.openTab('Variables');
  await audit.screen('Variables of a saved request');
  await collections.focusRow('Storage');
  await page.keyboard.press('Delete');
  await expect(collections.undoMessage).toBeVisible();
  // The pointer on the message holds it while the audit runs (as it does for a user reading it).
  await collections.undoMessage.hover();
  await audit.screen('Undo message');
  await collections.undo();

  await page.keyboard.press('Control+n');
  await request.typeAddress('{{baseUrl}}/api/v1/storage-systems?select=id');
  await request.openTab('Headers');
  await request.addRow('Headers', 'X-Trace', 'a11y');
  await audit.screen('New request with headers');
  await page.keyboard.press('Control+w');
  await expect(tabs.closeDialog).toBeVisible();
  await audit.screen('Close with unsaved changes');
  expect(audit.findings, audit.report()).toEqual([]);
});

test('the result of a send is announced in a live region', async ({ shoreline }) => {
  const { page } = shoreline;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const response = new ResponsePage(page);
  await app.ready();
  await expect(app.announcer).toHaveAttribute('aria-live', 'polite');
  await explorer.importFiles(specFixture('dscc-storage-api-v1.4.0.yaml'));
  await explorer.openOperation('Get all storage systems');
  await request.send();
  await response.waitForAnswer();
  await expect(app.announcer).toHaveText(/^200 OK, 12 items, \d+ ms$/);
  await explorer.openOperation('Get all volumes');
  await request.setValue('limit', '100');
  await request.send();
  await expect(app.announcer).toHaveText(/^200 OK, 100 items of [\d,]+, [\d.]+ m?s$/);
});
