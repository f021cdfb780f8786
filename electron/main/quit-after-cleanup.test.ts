import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { quitAfterCleanup } from './quit-after-cleanup';

/** An app whose quit emits a preventable will-quit, as Electron's does. */
function fakeApp() {
  const emitter = new EventEmitter();
  const events: string[] = [];
  const app = {
    on: (name: string, listener: (...args: unknown[]) => void) => (emitter.on(name, listener), app),
    quit() {
      let prevented = false;
      emitter.emit('will-quit', { preventDefault: () => (prevented = true) });
      events.push(prevented ? 'held' : 'quit');
    },
  };
  return { app, events };
}

describe('quitting', () => {
  it('holds the quit until the cleanup finished, then quits once', async () => {
    const { app, events } = fakeApp();
    let finish: () => void = () => undefined;
    quitAfterCleanup(app as never, () => new Promise<void>((resolve) => (finish = () => (events.push('closed'), resolve()))));
    app.quit();
    app.quit(); // a second Cmd+Q while closing is held too, and starts no second cleanup
    expect(events).toEqual(['held', 'held']);
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(['held', 'held', 'closed', 'quit']);
  });

  it('quits anyway, saying so, when the cleanup fails or hangs', async () => {
    const failing = fakeApp();
    const reports: string[] = [];
    quitAfterCleanup(failing.app as never, () => Promise.reject(new Error('disk full')), { report: (m) => reports.push(m) });
    failing.app.quit();
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.events).toEqual(['held', 'quit']);
    const hanging = fakeApp();
    quitAfterCleanup(hanging.app as never, () => new Promise(() => undefined), { timeoutMs: 20, report: (m) => reports.push(m) });
    hanging.app.quit();
    await new Promise((r) => setTimeout(r, 60));
    expect(hanging.events).toEqual(['held', 'quit']);
    expect(reports).toEqual(['Shoreline could not close cleanly: disk full', 'Shoreline stopped waiting for its services to close after 0.02 s.']);
  });
});
