/**
 * A first-run user explores the Sandbox's own API and never handles a token: with a Sandbox token
 * that lives 6 seconds, the chip shows it expire and the next Send renews it by itself.
 */
import { expect, test } from '../fixtures/shoreline';
import { AppWindow } from '../pages/app-window';
import { ConnectionsPage } from '../pages/connections-page';
import { ExplorerPage } from '../pages/explorer-page';
import { RequestPage } from '../pages/request-page';
import { ResponsePage } from '../pages/response-page';

test.use({ hostEnv: { SHORELINE_SANDBOX_TOKEN_TTL: '6' } });

test('explore the Sandbox API from the empty Explorer, and watch an expired token renew by itself', async ({ shoreline }) => {
  const app = new AppWindow(shoreline.page);
  const connections = new ConnectionsPage(shoreline.page);
  const explorer = new ExplorerPage(shoreline.page);
  const request = new RequestPage(shoreline.page);
  const response = new ResponsePage(shoreline.page);
  await app.ready();
  await explorer.emptyState.getByRole('button', { name: 'Explore the Sandbox API' }).click();
  await expect(explorer.specRow(/Shoreline Sandbox/)).toBeVisible();
  await explorer.openOperation('Get all servers');
  await request.send();
  await response.waitForAnswer();
  expect(await response.statusText()).toContain('200');
  await expect(connections.tokenChip).toHaveText(/^Token · 0:0\d/);

  // Wait for the countdown itself, not a fixed time.
  await expect(connections.tokenChip).toHaveText(/Expired/, { timeout: 15_000 });
  await app.screenshot('token-expired');
  await request.send();
  await response.waitForAnswer();
  expect(await response.statusText()).toContain('200');
  await expect(connections.tokenChip).toHaveText(/^Token · 0:0\d/);
  expect(shoreline.consoleErrors).toEqual([]);
});
