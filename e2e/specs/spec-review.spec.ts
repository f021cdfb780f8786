/**
 * Saved requests follow the spec (issue #11): three requests saved from the Fleet Review API 1.0.0
 * (e2e/fixtures/specs/spec-review/), version 2.0.0 imported over it, and the review it offers — one
 * request unchanged, one changed (said in words), one whose endpoint was removed. The changed one is
 * updated with its values kept, the removed one kept as a plain request, and both decisions are
 * still there after a restart, where the review opens from the collection's menu.
 */
import { expect, test } from '../fixtures/shoreline';
import { AccessibilityAudit } from '../pages/accessibility';
import { AppWindow } from '../pages/app-window';
import { CollectionsPage } from '../pages/collections-page';
import { ExplorerPage, specFixture } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';
import { SpecReviewPage } from '../pages/spec-review-page';
import { TabsPage } from '../pages/tabs-page';

const fleet = (v: 1 | 2) => specFixture(`spec-review/fleet-v${v}.json`);

test('re-importing a changed spec offers a review; one request updated with its values, one kept as plain — after a restart too', async ({ shoreline }) => {
  // Three saves, two imports, a review and a restart: about 45 s on a quiet machine, over a minute on a busy one.
  test.slow();
  const page = shoreline.page;
  let app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  let request = new RequestPage(page);
  let collections = new CollectionsPage(page);
  let tabs = new TabsPage(page);
  let review = new SpecReviewPage(page);
  await app.ready();
  await explorer.importFiles(fleet(1));

  // Three requests saved from version 1, each with values of its own.
  const saveFrom = async (summary: string, values: Record<string, string>, create = false) => {
    await explorer.openOperation(summary);
    for (const [name, value] of Object.entries(values)) await request.setValue(name, value);
    await page.keyboard.press('Control+s');
    await collections.saveInto({ collection: 'Fleet', create });
    await expect(tabs.tab(summary)).toHaveAttribute('data-dirty', 'false');
  };
  await saveFrom('List volumes', { limit: '50', offset: '10', filter: "name eq 'gold'" }, true);
  await saveFrom('Get a volume', { volumeId: 'vol-7' });
  await saveFrom('Delete a snapshot', { snapshotId: 'snap-1' });
  // "List volumes" stays open in its tab: an update shows there at once.
  for (const title of ['Get a volume', 'Delete a snapshot']) await tabs.closeWithMouse(title);

  // Version 2 is the same API (same title and server): it updates the spec in place and offers the review.
  await explorer.importFiles(fleet(2));
  await expect(review.offer).toHaveText(/2 saved requests use endpoints that changed in Fleet Review API 2\.0\.0\./);
  await app.screenshot('spec-review-offer');
  await review.openFromOffer();
  await expect(review.dialog.getByRole('heading', { name: 'Review saved requests — Fleet Review API 1.0.0 → 2.0.0' })).toBeVisible();
  expect(await review.names('changed')).toEqual(['List volumes']);
  expect(await review.names('removed')).toEqual(['Delete a snapshot']);
  expect(await review.names('unchanged')).toEqual(['Get a volume']);
  await expect(review.item('List volumes').getByRole('list', { name: 'What changed for List volumes' }).getByRole('listitem')).toHaveText([
    'Query parameter “limit” is now string (was integer).',
    'New required query parameter “region” (string).',
    'Query parameter “offset” was removed.',
  ]);
  await expect(review.item('Delete a snapshot')).toContainText('Not in the new version: no operation has the operationId “deleteSnapshot” and no operation is DELETE /snapshots/{snapshotId}.');
  await app.screenshot('spec-review-offered');
  const audit = new AccessibilityAudit(page);
  await audit.screen('Spec review');

  await review.decide('Update to the new version: List volumes in Fleet', 'List volumes', 'updated');
  await expect(review.item('List volumes').getByRole('list', { name: 'Notes about List volumes' })).toHaveText('Query parameter “offset” was dropped: the new version does not have it. It held “10”.');
  await review.decide('Keep as a plain request: Delete a snapshot in Fleet', 'Delete a snapshot', 'plain');
  await expect(review.dialog.getByText('Nothing waits for a decision.')).toBeVisible();
  await audit.screen('Spec review, decided');
  expect(audit.findings, audit.report()).toEqual([]);
  await review.close();
  await expect(review.offer).toHaveCount(0);
  await expect(tabs.tab('List volumes')).toHaveAttribute('data-dirty', 'false');
  await tabs.show('List volumes');
  await expect(request.value('region')).toHaveValue('');
  await expect(request.param('offset')).toHaveCount(0);
  await expect(request.value('limit')).toHaveValue('50');

  await shoreline.restart();
  app = new AppWindow(page);
  request = new RequestPage(shoreline.page);
  collections = new CollectionsPage(shoreline.page);
  tabs = new TabsPage(shoreline.page);
  review = new SpecReviewPage(shoreline.page);
  await app.ready();
  await collections.open();
  await collections.expand('Fleet');

  // The updated request: limit and filter kept, offset gone, the new required region waiting for a value.
  await collections.openRequest('List volumes');
  await expect(request.value('limit')).toHaveValue('50');
  await expect(request.value('filter')).toHaveValue("name eq 'gold'");
  await expect(request.value('region')).toHaveValue('');
  await expect(request.tick('region')).toBeChecked();
  await expect(request.param('offset')).toHaveCount(0);
  await app.screenshot('spec-review-updated-request');

  // The review opens from the collection and still shows both decisions; Undo puts the plain one back.
  await collections.rowAction('Fleet', 'Review changes from spec updates…');
  await expect(review.dialog).toBeVisible();
  await expect(review.item('List volumes')).toHaveAttribute('data-decision', 'updated');
  await expect(review.item('Delete a snapshot')).toHaveAttribute('data-decision', 'plain');
  await review.decide('Undo: Delete a snapshot in Fleet', 'Delete a snapshot', 'pending');
  await expect(review.dialog.getByText('1 waits for your decision.')).toBeVisible();
  await app.screenshot('spec-review-after-restart');
  await review.close();
});

test('undoing the update takes the review offer away and puts back the saved request the review changed', async ({ shoreline }) => {
  const page = shoreline.page;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  const collections = new CollectionsPage(page);
  const review = new SpecReviewPage(page);
  await app.ready();
  await explorer.importFiles(fleet(1));
  await explorer.openOperation('Delete a snapshot');
  await request.setValue('snapshotId', 'snap-1');
  await page.keyboard.press('Control+s');
  await collections.saveInto({ collection: 'Fleet', create: true });
  await explorer.importFiles(fleet(2));
  await expect(review.offer).toHaveText(/1 saved request uses an endpoint that changed in Fleet Review API 2\.0\.0\./);
  const audit = new AccessibilityAudit(page);
  await audit.screen('Spec review offer');
  expect(audit.findings, audit.report()).toEqual([]);
  // Kept as a plain request in the review, it loses its link to the spec…
  await review.openFromOffer();
  await review.decide('Keep as a plain request: Delete a snapshot in Fleet', 'Delete a snapshot', 'plain');
  await review.close();
  // …and undoing the update brings the link back with version 1 (the import's message may have gone during
  // the audit: the spec's own menu undoes the update too; the search still holds the endpoint version 2
  // removed, which hides the spec's row).
  await explorer.search.fill('');
  await explorer.specAction('Fleet Review API', /^Undo the update/);
  await expect(page.getByText("Put back Fleet Review API v1.0.0 as it was before the update. The review's changes to 1 saved request were undone too.")).toBeVisible();
  await expect(review.offer).toHaveCount(0);
  await collections.open();
  await collections.expand('Fleet');
  await collections.rowAction('Fleet', 'Review changes from spec updates…');
  await expect(page.getByRole('alert').filter({ hasText: 'No request in Fleet uses a spec that was updated' })).toBeVisible();
  await expect(request.value('snapshotId')).toHaveValue('snap-1');
});

test('an endpoint open in its tab follows a newer version at once, keeping its values and its other headers', async ({ shoreline }) => {
  const page = shoreline.page;
  const app = new AppWindow(page);
  const explorer = new ExplorerPage(page);
  const request = new RequestPage(page);
  await app.ready();
  await explorer.importFiles(fleet(1));
  await explorer.openOperation('List volumes');
  await request.setValue('limit', '50');
  await request.setValue('filter', "name eq 'gold'");
  await request.addRow('Other headers', 'X-Audit-Note', 'weekly');
  await expect(request.param('offset')).toHaveCount(1);

  await explorer.importFiles(fleet(2));
  // Without reopening: the new required region waits for a value, offset is gone, the rest is kept.
  await expect(request.tick('region')).toBeChecked();
  await expect(request.value('region')).toHaveValue('');
  await expect(request.param('offset')).toHaveCount(0);
  await expect(request.value('limit')).toHaveValue('50');
  await expect(request.value('filter')).toHaveValue("name eq 'gold'");
  await expect(request.rowValue('Other headers', 'X-Audit-Note')).toHaveValue('weekly');
  // A parameter the new version dropped is not carried over as an "other" one.
  await expect(page.getByRole('table', { name: 'Other query parameters' })).toHaveCount(0);
  expect(shoreline.consoleErrors).toEqual([]);
});
