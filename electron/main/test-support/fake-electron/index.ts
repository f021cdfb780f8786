/**
 * A faithful fake of the `electron` module for loading the built main process in plain Node. One
 * instance per process (kept on globalThis), so the app, the harness and any CommonJS `require`
 * all see the same objects. Anything not modelled throws rather than pretending.
 */
import { FakeApp } from './fake-app';
import { createDesktopModules, type DesktopRecord } from './fake-desktop';
import { FakeIpcMain } from './fake-ipc';
import { FakeProtocol } from './fake-protocol';
import { createBrowserWindowClass, WindowRegistry } from './fake-windows';

function createFakeElectron() {
  const windows = new WindowRegistry();
  const app = new FakeApp(windows);
  const ipcMain = new FakeIpcMain();
  const protocol = new FakeProtocol(() => app.isReady());
  const record: DesktopRecord = { applicationMenu: null, openedExternally: [], errorBoxes: [], notifications: [] };
  const BrowserWindow = createBrowserWindowClass(app, windows, { protocol, ipcMain });
  return { app, ipcMain, protocol, BrowserWindow, record, windows, ...createDesktopModules(record, () => app.isReady(), protocol) };
}

/** The fake, as the harness drives it. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;

const key = Symbol.for('shoreline.fake-electron');

/** This process's fake Electron. */
export function fakeElectron(): FakeElectron {
  const holder = globalThis as { [key]?: FakeElectron };
  return (holder[key] ??= createFakeElectron());
}
