/**
 * Search per keystroke in the browser, with every fixture spec imported: the main-thread work of a
 * key (input event → the explorer re-rendered, measured as the next task) and the time until the
 * next frame is painted (which also waits for the display's frame, up to ~16.7 ms).
 */
import type { Browser, Page } from 'playwright-core';
import { keystrokes, typedQueries } from './search-bench';

interface KeySample {
  value: string;
  workMs?: number;
  paintMs?: number;
}

type ProbeWindow = Window & { __benchKeys?: KeySample[] };

function armSearchProbe(): void {
  const w = window as ProbeWindow;
  w.__benchKeys = [];
  const box = document.querySelector<HTMLInputElement>('input[aria-label="Search endpoints"]');
  box?.addEventListener(
    'input',
    (event) => {
      const start = event.timeStamp;
      const sample: KeySample = { value: box.value };
      w.__benchKeys!.push(sample);
      // A message is a new task: it runs once this key's task (and React's render in it) is over.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (sample.workMs = performance.now() - start);
      channel.port2.postMessage(0);
      // rAF runs just before the frame is painted; a task queued from it runs just after.
      requestAnimationFrame(() => setTimeout(() => (sample.paintMs = performance.now() - start)));
    },
    { capture: true },
  );
}

/** Per-keystroke latencies in the page (ms). */
export interface UiSearchSamples {
  workMs: number[];
  paintMs: number[];
}

/** Types each query into the search box letter by letter, `delayMs` apart. */
export async function measureSearchInPage(page: Page, delayMs: number): Promise<UiSearchSamples> {
  const box = page.getByRole('textbox', { name: 'Search endpoints' });
  await box.waitFor({ timeout: 30_000 });
  await page.evaluate(armSearchProbe);
  let expected = 0;
  for (const query of typedQueries) {
    await box.fill('');
    await box.pressSequentially(query, { delay: delayMs });
    expected += keystrokes(query).length;
  }
  const done = (count: number) => ((window as ProbeWindow).__benchKeys ?? []).filter((k) => k.value !== '' && k.paintMs !== undefined && k.workMs !== undefined).length >= count;
  await page.waitForFunction(done, expected, { timeout: 30_000 });
  const samples = (await page.evaluate(() => (window as ProbeWindow).__benchKeys ?? [])).filter((k) => k.value !== '');
  return { workMs: samples.map((k) => k.workMs!), paintMs: samples.map((k) => k.paintMs!) };
}

type SettleWindow = Window & { __benchSettle?: { start: number; painted: number } };

function armSettleProbe(): void {
  const w = window as SettleWindow;
  const box = document.querySelector<HTMLInputElement>('input[aria-label="Search endpoints"]');
  box?.addEventListener(
    'input',
    (event) => {
      const state = { start: event.timeStamp, painted: performance.now() };
      w.__benchSettle = state;
      // Each change to the explorer is followed to the frame that shows it; the last one is when the list settled.
      const observer = new MutationObserver(() => requestAnimationFrame(() => setTimeout(() => (state.painted = performance.now()))));
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => observer.disconnect(), 1500);
    },
    { capture: true, once: true },
  );
}

/**
 * The same keystrokes and probe on a page holding nothing but a search box: what "key → frame painted"
 * is with no work at all — the wait for the display's next frame, printed beside the app's figure.
 */
export async function measureBareInput(browser: Browser, delayMs: number): Promise<UiSearchSamples> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><input aria-label="Search endpoints">');
    return await measureSearchInPage(page, delayMs);
  } finally {
    await context.close();
  }
}

/** Pastes each whole query at once and times input → the frame showing the last change to the explorer (ms). */
export async function measureWholeQueries(page: Page, rounds: number): Promise<number[]> {
  const box = page.getByRole('textbox', { name: 'Search endpoints' });
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of typedQueries) {
      await box.fill('');
      await page.waitForTimeout(400);
      await page.evaluate(armSettleProbe);
      await box.fill(query);
      await page.waitForTimeout(1600);
      const state = await page.evaluate(() => (window as SettleWindow).__benchSettle);
      if (state) samples.push(state.painted - state.start);
    }
  }
  return samples;
}
