/**
 * A cold start of the window, as a viewer is measured: a new browser context (empty cache) opens the
 * app on a host that has a spec imported, timed from navigation to the frame after the explorer's
 * first spec row is laid out. Also reported: the longest task until a second after that, and the
 * size of the first bundle (the JavaScript loaded before DOMContentLoaded; lazy parts come after).
 */
import type { Browser } from 'playwright-core';
import { launchWebHost } from '../fixtures/launch-web-host';
import { installPageProbes, longestTask } from './long-tasks';
import { removeTempDir } from './temp-dirs';

/** One cold start. */
export interface ColdStartSample {
  /** Navigation start → tree row painted. */
  usableMs: number;
  /** Longest main-thread task from navigation to a second after the tree was painted. */
  longestTaskMs: number;
  /** Script bytes (decoded) of the first bundle: what loaded before DOMContentLoaded (lazy parts load after). */
  scriptBytes: number;
}

type ProbeWindow = Window & { __benchUsable?: number };

/**
 * The page says it is usable on its console: waiting for it costs the page nothing. Polling with
 * waitForFunction would first evaluate Playwright's injected script in the page (15–20 ms of compiling
 * on this machine), in the middle of the boot being measured.
 */
const usableMessage = 'shoreline-bench: usable';

function watchForTree(message: string): void {
  const w = window as ProbeWindow;
  const observer = new MutationObserver(() => {
    const row = document.querySelector('[data-testid="explorer-tree"] [role="treeitem"][aria-level="1"]');
    if (!row || row.getBoundingClientRect().height === 0) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.__benchUsable = performance.now();
        console.debug(message);
      }),
    );
  });
  const start = () => observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

/** Opens the app `runs` times on a host over `userDataDir` (removed afterwards). */
export async function measureColdStarts(browser: Browser, userDataDir: string, runs: number): Promise<ColdStartSample[]> {
  const web = await launchWebHost(userDataDir);
  const samples: ColdStartSample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        await installPageProbes(context);
        await context.addInitScript(watchForTree, usableMessage);
        const page = await context.newPage();
        const saidUsable = page.waitForEvent('console', { predicate: (message) => message.text() === usableMessage, timeout: 30_000 });
        await page.goto(web.url);
        await saidUsable;
        await page.waitForTimeout(1000);
        const usable = await page.evaluate(() => (window as ProbeWindow).__benchUsable ?? Number.NaN);
        const scriptBytes = await page.evaluate(() => {
          const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0;
          return performance
            .getEntriesByType('resource')
            .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js') && e.startTime <= loaded)
            .reduce((sum, e) => sum + e.decodedBodySize, 0);
        });
        samples.push({ usableMs: usable, longestTaskMs: await longestTask(page, 0, usable + 1000), scriptBytes });
      } finally {
        await context.close();
      }
    }
  } finally {
    await web.stop();
    removeTempDir(userDataDir);
  }
  return samples;
}
