/**
 * Long main-thread tasks in the page: a PerformanceObserver('longtask') installed before the app's
 * own scripts run, so nothing is missed. Chromium reports every task over 50 ms.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface LongTask {
  start: number;
  duration: number;
}

type ProbeWindow = Window & { __benchLongTasks?: LongTask[] };

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`. Functions sent
 * to the page carry those calls but not the helper, so the page gets a do-nothing one.
 */
const nameShim = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

function observeLongTasks(): void {
  const w = window as ProbeWindow;
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the reader then reports no long tasks
  }
}

/** Installs the name shim and the long-task observer in every page of `context`. */
export async function installPageProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(nameShim);
  await context.addInitScript(observeLongTasks);
}

/** The longest task (ms) that overlapped `[from, to]` (page clock); 0 when none exceeded 50 ms. */
export function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => ((window as ProbeWindow).__benchLongTasks ?? []).filter((t) => t.start <= b && t.start + t.duration >= a).reduce((m, t) => Math.max(m, t.duration), 0),
    [from, to] as const,
  );
}
