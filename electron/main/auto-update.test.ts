import { describe, expect, it } from 'vitest';
import { startAutoUpdates, type Updater } from './auto-update';

function fakeUpdater() {
  const updater: Updater & { checks: number } = {
    checks: 0,
    autoInstallOnAppQuit: true,
    logger: null,
    async checkForUpdatesAndNotify() {
      updater.checks += 1;
      return null;
    },
  };
  return updater;
}

/** Runs the update loop with a hand-driven schedule; `tick()` is one scheduled check. */
function run(isPackaged: boolean, setting: { on: boolean }) {
  const updater = fakeUpdater();
  let loads = 0;
  let check: () => void = () => undefined;
  const listeners: (() => void)[] = [];
  const started = startAutoUpdates({
    isPackaged,
    enabled: () => setting.on,
    onSettingChange: (listener) => listeners.push(listener),
    load: async () => (loads++, updater),
    log: () => undefined,
    schedule: (c) => (check = c),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { updater, started, loads: () => loads, tick: async () => (check(), settle()), changed: async () => (listeners.forEach((l) => l()), settle()) };
}

describe('automatic updates', () => {
  it('never start in development, whatever the setting', async () => {
    const dev = run(false, { on: true });
    expect(dev.started).toBe(false);
    await dev.tick();
    expect(dev.loads()).toBe(0);
  });

  it('check on every scheduled turn of an installed app while the setting is on', async () => {
    const setting = { on: true };
    const app = run(true, setting);
    await app.tick();
    await app.tick();
    expect(app.updater.checks).toBe(2);
    expect(app.loads()).toBe(1);
    expect(app.updater.logger).not.toBeNull();
  });

  it('stop checking, and do not install at quit, once the setting is turned off', async () => {
    const setting = { on: true };
    const app = run(true, setting);
    await app.tick();
    setting.on = false;
    await app.changed();
    await app.tick();
    expect(app.updater.checks).toBe(1);
    expect(app.updater.autoInstallOnAppQuit).toBe(false);
  });

  it('do not even load electron-updater while the setting is off', async () => {
    const app = run(true, { on: false });
    await app.tick();
    expect(app.loads()).toBe(0);
  });
});
