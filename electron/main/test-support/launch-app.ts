/**
 * Starts an Electron app folder the way `electron <folder>` does (Electron's default_app: read its
 * package.json, resolve "main" with Node's own resolver, import it, then emit `ready`), under the
 * fake `electron`, and exercises it as a user's window would. What it saw is written as JSON to
 * SHORELINE_SMOKE_REPORT when the process ends. Usage:
 *   node --import register.mjs launch-app.mjs <app folder> [app arguments…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { invokeChannel, type ShorelineBridge } from '../../../shared/contract/bridge';
import { invokeEvent } from './fake-electron/fake-ipc';
import { fakeElectron } from './fake-electron/index';

const fake = fakeElectron();
const report: Record<string, unknown> = {};
const reportFile = process.env.SHORELINE_SMOKE_REPORT ?? 'smoke-report.json';
const writeReport = () => writeFileSync(reportFile, JSON.stringify(report, null, 1));

/** Electron's default_app, loadApplicationPackage(): version and name from package.json, then main. */
async function loadApplicationPackage(folder: string, appArgs: string[]): Promise<boolean> {
  const packagePath = resolve(folder);
  const packageJson = JSON.parse(readFileSync(join(packagePath, 'package.json'), 'utf8')) as { version?: string; productName?: string; name?: string };
  if (packageJson.version) fake.app.setVersion(packageJson.version);
  fake.app.setName(packageJson.productName ?? packageJson.name ?? 'Electron');
  let filePath: string;
  try {
    filePath = (Module as unknown as { _resolveFilename(request: string, parent: null, isMain: boolean): string })._resolveFilename(packagePath, null, true);
  } catch (error) {
    fake.dialog.showErrorBox('Error launching app', `Unable to find Electron app at ${packagePath}\n\n${(error as Error).message}`);
    return false;
  }
  fake.app.setAppPath(packagePath);
  report.entry = filePath;
  process.argv = [process.execPath, folder, ...appArgs];
  await import(pathToFileURL(filePath).href);
  return true;
}

async function until<T>(what: string, probe: () => T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Whether something accepts connections on `port` right now, checked without this process's event loop. */
function acceptsConnections(port: number): boolean {
  const probe = `require('net').connect(${port}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5000 }).status === 0;
}

async function request(url: string) {
  const response = await fake.protocol._request(url);
  const body = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options'), body: body.slice(0, 4000) };
}

async function exercise(userDataDir: string): Promise<void> {
  const window = await until('the first window to load', () => fake.windows.open.find((w) => w.webContents.mainWorld));
  await new Promise((r) => setTimeout(r, 200)); // time for a stray second window to appear
  report.windows = fake.windows.open.map((w) => ({ options: w.options, visible: w.isVisible(), url: w.webContents.getURL(), status: w.webContents.lastStatus }));
  report.privilegedSchemes = fake.protocol.privileged;
  report.preloadError = window.webContents.mainWorld?.preloadError ?? null;
  report.menu = (fake.record.applicationMenu?.items ?? []).map((item) => item.label ?? item.role);
  report.requests = Object.fromEntries(
    await Promise.all((JSON.parse(process.env.SHORELINE_SMOKE_URLS ?? '[]') as string[]).map(async (url) => [url, await request(url)])),
  );
  const bridge = window.webContents.mainWorld?.exposed.shoreline as ShorelineBridge | undefined;
  if (!bridge) throw new Error(`The window has no bridge: ${report.preloadError}`);
  report.exposedGlobals = Object.keys(window.webContents.mainWorld?.exposed ?? {});
  report.appInfo = await bridge.invoke('app.info', {});
  report.unknownCommand = await bridge.invoke('shell.exec', { command: 'rm -rf /' });
  const events: unknown[] = [];
  const stop = bridge.on('settings.changed', (payload) => events.push(payload));
  report.settingsUpdate = await bridge.invoke('settings.update', { theme: 'dark' });
  await until('the settings event', () => (events.length > 0 ? true : undefined), 3000).catch(() => undefined);
  stop();
  report.settingsEvents = events;

  const foreign = window.webContents.openFrame('https://evil.example/', null);
  report.foreignFrame = await (foreign.world.exposed.shoreline as ShorelineBridge).invoke('app.info', {});
  const appFrame = { url: window.webContents.getURL(), parent: null, routingId: 0, processId: window.webContents.id };
  const subframe = window.webContents.openFrame(`${window.webContents.getURL()}#frame`, appFrame);
  report.subframeHasBridge = 'shoreline' in subframe.world.exposed;
  report.subframeForged = await fake.ipcMain._invoke(
    invokeEvent(window.webContents, subframe.frame),
    invokeChannel,
    ['app.info', {}],
  );
  report.navigation = {
    external: window.webContents.rendererNavigates('https://example.com/docs'),
    internal: window.webContents.rendererNavigates(`${window.webContents.getURL()}#/history`),
    popup: window.webContents.windowOpenHandler?.({ url: 'https://example.com/popup' }),
    openedExternally: fake.record.openedExternally,
  };

  const environments = (await bridge.invoke('environments.list', {})) as { ok: true; value: { id: string; isSandbox?: boolean; variables: Record<string, string> }[] };
  const sandbox = environments.value.find((e) => e.isSandbox);
  if (!sandbox) throw new Error('No Sandbox environment');
  const port = Number(new URL(sandbox.variables.baseUrl!).port);
  report.sandboxAcceptsBeforeQuit = acceptsConnections(port);
  const sent = (await bridge.invoke('http.send', { requestId: 'smoke-1', environmentId: sandbox.id, method: 'GET', url: '{{baseUrl}}/compute-ops-mgmt/v1beta2/servers' })) as { ok: boolean; value?: { status: number; historyId?: string } };
  report.sent = { ok: sent.ok, status: sent.value?.status, historyId: sent.value?.historyId };
  report.updaterLoaded = Object.keys((Module as unknown as { _cache: Record<string, unknown> })._cache).some((file) => /[\\/]electron-updater[\\/]/.test(file));

  // Quit as the user would (File › Quit): what is on disk and listening at the moment the process ends.
  fake.app.onTerminate = (code) => {
    const history = join(userDataDir, 'history.jsonl');
    report.atExit = {
      code,
      sandboxAccepts: acceptsConnections(port),
      historyHasEntry: existsSync(history) && readFileSync(history, 'utf8').includes(String(sent.value?.historyId)),
      windowStateSaved: existsSync(join(userDataDir, 'window-state.json')),
      // The store writes `{ schemaVersion, data }`.
      settings: existsSync(join(userDataDir, 'settings.json')) ? (JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')) as { data: unknown }).data : null,
    };
    writeReport();
    process.exit(code);
  };
  fake.app.quit();
  setTimeout(() => {
    report.atExit = 'the app did not quit within 10 s';
    writeReport();
    process.exit(3);
  }, 10_000).unref();
}

async function main(): Promise<void> {
  const [folder, ...appArgs] = process.argv.slice(2);
  if (!folder) throw new Error('usage: launch-app.mjs <app folder> [args…]');
  fake.app.isPackaged = process.env.SHORELINE_FAKE_PACKAGED === '1';
  const userDataDir = appArgs[appArgs.indexOf('--user-data') + 1] ?? '';
  if (!(await loadApplicationPackage(folder, appArgs))) {
    report.launchError = fake.record.errorBoxes;
    writeReport();
    process.exit(1);
  }
  fake.app._emitReady();
  await exercise(userDataDir);
}

main().catch((error: unknown) => {
  report.harnessError = error instanceof Error ? (error.stack ?? error.message) : String(error);
  writeReport();
  process.exit(2);
});
