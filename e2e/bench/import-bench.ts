/** Measures importing a spec through the explorer's file picker, each run on a fresh app. */
import type { Browser, Page } from 'playwright-core';
import { openAppSession } from './app-session';
import { timeImport, type ImportPhases } from './import-probe';
import { listenToHost } from './host-events';
import { settledResidentBytes } from './host-memory';
import { longestTask } from './long-tasks';

/** One import. */
export interface ImportSample {
  /** File chosen → tree on screen. */
  ms: number;
  /** Longest main-thread task from choosing the file until the import's follow-on work was drawn. */
  longestTaskMs: number;
  phases?: ImportPhases;
  /** Tree on screen → the host announced the background validation's verdict (undefined: none within the wait). */
  validatedAfterMs?: number;
  /** The host's resident memory once the import and its validation settled. */
  hostRssBytes?: number;
}

/**
 * Waits for the import's follow-on work: the background validation ends with `specs.changed`, and
 * the explorer fetches and draws the tree again. Bounded: gives up after `maxMs`.
 */
async function settle(page: Page, since: number, maxMs: number): Promise<number> {
  await page
    .waitForFunction((t0) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/rpc/specs.tree') && e.startTime >= t0).length >= 2, since, { timeout: maxMs, polling: 100 })
    .catch(() => undefined);
  await page.waitForTimeout(500);
  return page.evaluate(() => performance.now());
}

/** Imports `file` `runs` times, each into an empty app (fresh host, user data and page). */
export async function measureImports(browser: Browser, file: string, runs: number, maxSettleMs: number): Promise<ImportSample[]> {
  const samples: ImportSample[] = [];
  for (let run = 0; run < runs; run++) {
    const session = await openAppSession(browser);
    const events = await listenToHost(session.web);
    try {
      const { start, end, phases } = await timeImport(session.page, file);
      const endWall = (await session.page.evaluate(() => performance.timeOrigin)) + end;
      const validated = await events.when('specs.validated', maxSettleMs);
      const windowEnd = await settle(session.page, start, maxSettleMs);
      const hostRssBytes = await settledResidentBytes(session.web.pid);
      samples.push({
        ms: end - start,
        longestTaskMs: await longestTask(session.page, start, windowEnd),
        ...(phases && { phases }),
        ...(validated !== undefined && { validatedAfterMs: validated - endWall }),
        ...(hostRssBytes !== undefined && { hostRssBytes }),
      });
    } finally {
      events.close();
      await session.close();
    }
  }
  return samples;
}
