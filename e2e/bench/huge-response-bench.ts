/**
 * A 100 MB JSON answer through the UI: Send, the "this answer is large" question, Show anyway, and
 * the Pretty view, then the table of its items (which opens by itself once its rows are in).
 * Measured: the longest main-thread task from the click on Send until a second after the last view
 * is shown, and the window's JavaScript heap (sampled through the DevTools protocol all along; the
 * largest reading counts). The table holds every item, so it counts as much as the text.
 */
import type { Browser } from 'playwright-core';
import { openAppSession } from './app-session';
import { bigListBody } from './big-response-body';
import { startJsonServer } from './json-server';
import { longestTask } from './long-tasks';
import { followWorkerHeaps } from './worker-heaps';

/** What one opening of the big answer showed. */
export interface HugeResponseSample {
  /** Send clicked → Pretty view showing text (includes the click on Show anyway). */
  shownMs: number;
  /** Send clicked → the table on screen (undefined if none came within a minute). */
  tableMs: number | undefined;
  longestTaskMs: number;
  peakHeapBytes: number;
  /** The largest reading of the page's heap plus its workers' (the format worker keeps a big answer's text). */
  peakWithWorkersBytes: number;
}

const summary = 'List bench items';

function tinySpec(origin: string): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Bench Huge Answer API', version: '1.0.0' },
    servers: [{ url: origin }],
    paths: { '/items': { get: { operationId: 'listBenchItems', summary, tags: ['bench'], responses: { '200': { description: 'A very long list.' } } } } },
  });
}

type ClickWindow = Window & { __benchSendAt?: number };

/** Opens a `bytes`-byte answer once in a fresh app. */
export async function measureHugeResponse(browser: Browser, bytes: number): Promise<HugeResponseSample> {
  const server = await startJsonServer({ '/items': bigListBody(bytes) });
  try {
    const session = await openAppSession(browser, {
      async prepare(rpc) {
        await rpc('specs.importText', { text: tinySpec(server.origin), fileName: 'bench-huge-answer.json' });
        const environment = await rpc<{ id: string }>('environments.create', { name: 'Bench loopback', variables: { baseUrl: server.origin } });
        await rpc('environments.setActive', { id: environment.id });
      },
    });
    try {
      const { page } = session;
      const cdp = await page.context().newCDPSession(page);
      const workers = await followWorkerHeaps(cdp);
      let peakHeapBytes = 0;
      let peakWithWorkersBytes = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const heap = (await cdp.send('Runtime.getHeapUsage').catch(() => undefined)) as { usedSize: number } | undefined;
          const inWorkers = await workers.read();
          if (heap) peakHeapBytes = Math.max(peakHeapBytes, heap.usedSize);
          peakWithWorkersBytes = Math.max(peakWithWorkersBytes, (heap?.usedSize ?? 0) + inWorkers);
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      })();
      await page.getByRole('textbox', { name: 'Search endpoints' }).fill(summary);
      await page.getByTestId('explorer-operation').first().click();
      const send = page.getByRole('button', { name: 'Send', exact: true });
      await send.waitFor({ timeout: 30_000 });
      await page.evaluate(() => document.addEventListener('click', () => ((window as ClickWindow).__benchSendAt ??= performance.now()), { capture: true, once: true }));
      await send.click();
      await page.getByTestId('large-body-gate').waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: 'Show anyway' }).click();
      await page.waitForFunction(() => (document.querySelector('[data-testid="response-pretty"]')?.textContent ?? '').trim().length > 0, undefined, { timeout: 180_000, polling: 50 });
      const afterPaint = () => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
      const shown = await afterPaint();
      const table = await page
        .getByTestId('response-table')
        .waitFor({ timeout: 60_000 })
        .then(afterPaint, () => undefined);
      await page.waitForTimeout(1000);
      sampling = false;
      await sampler;
      const start = (await page.evaluate(() => (window as ClickWindow).__benchSendAt)) ?? 0;
      const last = Math.max(shown, table ?? shown);
      return { shownMs: shown - start, tableMs: table === undefined ? undefined : table - start, longestTaskMs: await longestTask(page, start, last + 1000), peakHeapBytes, peakWithWorkersBytes };
    } finally {
      await session.close();
    }
  } finally {
    await server.close();
  }
}
