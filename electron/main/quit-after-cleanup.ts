/**
 * Quitting waits for the services to stop: Electron ends the process as soon as `will-quit`
 * returns, so an async close started there (stopping the Sandbox, writing pending history) would be
 * cut off. The first `will-quit` is held, the cleanup runs, then the quit is asked again.
 */
import type { App } from 'electron';

/** Holds the app's quit until `cleanup` settles or `timeoutMs` passes, then quits for real. */
export function quitAfterCleanup(
  app: Pick<App, 'on' | 'quit'>,
  cleanup: () => Promise<void>,
  options: { timeoutMs?: number; report?: (message: string) => void } = {},
): void {
  const { timeoutMs = 5000, report = (message) => process.stderr.write(`${message}\n`) } = options;
  let state: 'running' | 'cleaning' | 'done' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'cleaning') return;
    state = 'cleaning';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        report(`Shoreline stopped waiting for its services to close after ${timeoutMs / 1000} s.`);
        resolve();
      }, timeoutMs);
    });
    void Promise.race([cleanup(), timeout])
      .catch((error: unknown) => report(`Shoreline could not close cleanly: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        clearTimeout(timer);
        state = 'done';
        // app.quit() rather than app.exit(): listeners of `quit` (the updater installs there) still run.
        app.quit();
      });
  });
}
