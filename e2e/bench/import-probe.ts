/**
 * Times an import inside the page: from the file input's change event (the moment the file is
 * chosen) to the frame after the first spec row of the explorer tree is laid out.
 */
import type { Page } from 'playwright-core';

/** What the probe saw, on the page's clock. */
export interface ImportTiming {
  start?: number;
  end?: number;
  error?: string;
}

type ProbeWindow = Window & { __benchImport?: ImportTiming };

function armImportProbe(): void {
  const state: ImportTiming = {};
  (window as ProbeWindow).__benchImport = state;
  const input = document.querySelector('[data-testid="spec-file-input"]');
  if (!input) {
    state.error = 'the file input is not on the page';
    return;
  }
  input.addEventListener('change', () => (state.start = performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (state.start === undefined) return;
    const failure = document.querySelector('[data-testid="import-error"]');
    if (failure) {
      state.error = failure.textContent ?? 'import error';
      observer.disconnect();
      return;
    }
    const row = document.querySelector('[data-testid="explorer-tree"] [role="treeitem"][aria-level="1"]');
    if (!row || row.getBoundingClientRect().height === 0) return;
    observer.disconnect();
    // rAF runs just before the frame is painted; a task queued from it runs just after.
    requestAnimationFrame(() => setTimeout(() => (state.end = performance.now())));
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
}

/** Where an import's time went, from the page's resource timing of its `specs.*` import calls. */
export interface ImportPhases {
  /** File chosen → the first import call starts (reading the file in the page). */
  beforeRequest: number;
  /** First import call sent → last one answered: the upload, and the host parsing, indexing and saving the spec. */
  request: number;
  /** Answer received → tree on screen (the tree fetched, indexed for search and drawn). */
  afterResponse: number;
}

function readPhases([start, end]: readonly [number, number]): ImportPhases | undefined {
  const calls = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => /\/rpc\/specs\.(importText|upload\w+)$|\/upload\/spec(\?|$)/.test(e.name) && e.startTime >= start - 1 && e.startTime <= end);
  const first = calls[0];
  const last = calls.at(-1);
  return first && last && { beforeRequest: first.startTime - start, request: last.responseEnd - first.startTime, afterResponse: end - last.responseEnd };
}

/** Chooses `file` in the explorer's file input and resolves with the probe's timing. */
export async function timeImport(page: Page, file: string, timeoutMs = 60_000): Promise<{ start: number; end: number; phases?: ImportPhases }> {
  await page.evaluate(armImportProbe);
  await page.getByTestId('spec-file-input').setInputFiles(file);
  const handle = await page.waitForFunction(() => {
    const s = (window as ProbeWindow).__benchImport;
    return s && (s.end !== undefined || s.error !== undefined) ? s : undefined;
  }, undefined, { timeout: timeoutMs, polling: 50 });
  const timing = (await handle.jsonValue()) as ImportTiming;
  if (timing.error !== undefined || timing.start === undefined || timing.end === undefined) throw new Error(`The import failed: ${timing.error ?? 'no timing'}`);
  const phases = await page.evaluate(readPhases, [timing.start, timing.end] as const);
  return { start: timing.start, end: timing.end, ...(phases && { phases }) };
}
