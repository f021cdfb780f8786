/**
 * Search per keystroke in the browser, with every fixture spec imported: the main-thread work of a
 * key (input event → the explorer re-rendered, measured as the next task) and the time until the
 * next frame is painted (which also waits for the display's frame, up to ~16.7 ms).
 */
import type { Page } from 'playwright-core';
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
