/**
 * A 20 MB JSON answer through the UI: a loopback server holds the body, a one-operation spec points
 * at it through an environment's baseUrl, and the page presses Send on that operation.
 */
import type { Browser } from 'playwright-core';
import { openAppSession } from './app-session';
import { bigListBody } from './big-response-body';
import { startJsonServer } from './json-server';
import { longestTask } from './long-tasks';
import { timeResponse } from './response-probe';

/** One send of the big answer. */
export interface BigResponseSample {
  /** Send clicked → Pretty view showing text. */
  prettyMs: number;
  /** Send clicked → table on screen (undefined if it did not come within the wait). */
  tableMs: number | undefined;
  /** Longest main-thread task from the click until 1 s after the last view appeared. */
  longestTaskMs: number;
}

const summary = 'List bench items';

function tinySpec(origin: string): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Bench Big Answer API', version: '1.0.0' },
    servers: [{ url: origin }],
    paths: { '/items': { get: { operationId: 'listBenchItems', summary, tags: ['bench'], responses: { '200': { description: 'A very long list.' } } } } },
  });
}

/** Sends the `bytes`-byte answer `runs` times in one app and times each. */
export async function measureBigResponse(browser: Browser, bytes: number, runs: number, settleMs: number): Promise<BigResponseSample[]> {
  const server = await startJsonServer({ '/items': bigListBody(bytes) });
  try {
    const session = await openAppSession(browser, {
      async prepare(rpc) {
        await rpc('specs.importText', { text: tinySpec(server.origin), fileName: 'bench-big-answer.json' });
        const environment = await rpc<{ id: string }>('environments.create', { name: 'Bench loopback', variables: { baseUrl: server.origin } });
        await rpc('environments.setActive', { id: environment.id });
      },
    });
    try {
      const { page } = session;
      await page.getByRole('textbox', { name: 'Search endpoints' }).fill(summary);
      await page.getByTestId('explorer-operation').first().click();
      await page.getByRole('button', { name: 'Send', exact: true }).waitFor({ timeout: 30_000 });
      const samples: BigResponseSample[] = [];
      for (let run = 0; run < runs; run++) {
        const timing = await timeResponse(page, 30_000);
        await page.waitForTimeout(settleMs);
        const last = Math.max(timing.pretty, timing.table ?? timing.pretty);
        samples.push({
          prettyMs: timing.pretty - timing.start,
          tableMs: timing.table === undefined ? undefined : timing.table - timing.start,
          longestTaskMs: await longestTask(page, timing.start, last + settleMs),
        });
      }
      return samples;
    } finally {
      await session.close();
    }
  } finally {
    await server.close();
  }
}
