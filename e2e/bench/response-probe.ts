/**
 * Times an answer inside the page: from the click on Send to the frame after the Pretty view shows
 * text (and, after it, the table), ignoring anything on screen before the waiting state appeared.
 */
import type { Page } from 'playwright-core';

/** What the probe saw, on the page's clock. */
export interface ResponseTiming {
  start?: number;
  sawPending?: boolean;
  pretty?: number;
  table?: number;
  error?: string;
}

type ProbeWindow = Window & { __benchResponse?: ResponseTiming; __benchResponseStop?: () => void };

function armResponseProbe(): void {
  const w = window as ProbeWindow;
  w.__benchResponseStop?.();
  const state: ResponseTiming = {};
  w.__benchResponse = state;
  const afterPaint = (key: 'pretty' | 'table') => requestAnimationFrame(() => setTimeout(() => (state[key] ??= performance.now())));
  const visible = (selector: string) => {
    const el = document.querySelector(selector);
    return el !== null && el.getBoundingClientRect().height > 0 ? el : undefined;
  };
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest('button');
    if (button?.textContent?.trim() === 'Send') state.start ??= performance.now();
  };
  const observer = new MutationObserver(() => {
    if (state.start === undefined) return;
    if (visible('[data-testid="response-pending"]')) state.sawPending = true;
    if (!state.sawPending || visible('[data-testid="response-pending"]')) return;
    const error = visible('[data-testid="response-error"]');
    if (error) state.error = error.textContent ?? 'request error';
    const pretty = visible('[data-testid="response-pretty"]');
    if (state.pretty === undefined && pretty?.textContent?.trim()) afterPaint('pretty');
    if (state.table === undefined && visible('[data-testid="response-table"]')) afterPaint('table');
  });
  document.addEventListener('click', onClick, { capture: true });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  w.__benchResponseStop = () => {
    observer.disconnect();
    document.removeEventListener('click', onClick, { capture: true });
  };
}

/** Clicks Send and resolves when the Pretty view (then the table, up to `tableWaitMs`) is on screen. */
export async function timeResponse(page: Page, tableWaitMs: number): Promise<ResponseTiming & { start: number; pretty: number }> {
  await page.evaluate(armResponseProbe);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const read = () => page.evaluate(() => ({ ...(window as ProbeWindow).__benchResponse }));
  await page.waitForFunction(() => {
    const s = (window as ProbeWindow).__benchResponse;
    return s?.pretty !== undefined || s?.error !== undefined;
  }, undefined, { timeout: 60_000, polling: 50 });
  await page
    .waitForFunction(() => (window as ProbeWindow).__benchResponse?.table !== undefined, undefined, { timeout: tableWaitMs, polling: 50 })
    .catch(() => undefined);
  const timing = await read();
  await page.evaluate(() => (window as ProbeWindow).__benchResponseStop?.());
  if (timing.error !== undefined || timing.start === undefined || timing.pretty === undefined) throw new Error(`The request failed: ${timing.error ?? 'no timing'}`);
  return { ...timing, start: timing.start, pretty: timing.pretty };
}
