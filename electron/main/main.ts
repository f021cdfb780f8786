/**
 * The desktop app's entry: the only place (with the rest of electron/main and the preload) that
 * imports Electron. It wires the same services and handlers as the web host and opens one window.
 */
import { app, BrowserWindow, dialog, Menu, nativeTheme, net, Notification, screen } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../handlers/create-handlers';
import { resolveUserDataDir } from '../services/app/user-data-dir';
import { startServices, type Services } from '../services/create-services';
import { createKeyringVault } from '../services/keychain/keyring-vault';
import { watchTuningFromEnv } from '../services/watch/watch-tuning-env';
import { appFiles } from './app-files';
import { appOrigin } from './app-origin';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { startAutoUpdates } from './auto-update';
import { openDesktopStore } from './desktop-store';
import { registerIpc } from './ipc-router';
import { menuTemplate } from './menu-template';
import { guardNavigation, openIfHttps } from './navigation-guard';
import { quitAfterCleanup } from './quit-after-cleanup';
import { mainWindowOptions } from './window-options';
import { restoreWindowState, windowStateDocument } from './window-state';
import { notifyNewWatchItems } from './watch-notifications';

// The bundle is ESM (dist/electron/main.js); the preload and the renderer sit beside it.
const files = appFiles(dirname(fileURLToPath(import.meta.url)));
const userDataDir = resolveUserDataDir(process.argv);
mkdirSync(userDataDir, { recursive: true });
app.setPath('userData', userDataDir);
registerAppScheme();

const stores = openDesktopStore(userDataDir);
const windowStore = stores.open(windowStateDocument);

/** A short Sandbox token lifetime for watching renewal (tests, demos); the default is GreenLake's two hours. */
const sandboxTokenTtl = () => Number(process.env.SHORELINE_SANDBOX_TOKEN_TTL ?? '') || undefined;

/** Shorter watch intervals, for end-to-end tests only (`SHORELINE_WATCH_MIN_INTERVAL`). */
const watchTuning = watchTuningFromEnv(process.env);

/** The services, with requests and token exchanges through Chromium's network stack (system proxy and CAs). */
function startAppServices(): Promise<Services> {
  return startServices({
    userDataDir,
    stores,
    platform: {
      kind: 'electron',
      capabilities: { nativeDialogs: true, openExternal: true, selfUpdate: true },
      openExternal: async (url) => openIfHttps(url),
    },
    version: app.getVersion(),
    vault: createKeyringVault(),
    env: process.env,
    fetch: (url, init) => net.fetch(url, init as RequestInit),
    tokenFetch: net.fetch as typeof fetch,
    ...(sandboxTokenTtl() && { sandboxTokenTtlSeconds: sandboxTokenTtl() }),
    ...(watchTuning && { watchTuning }),
    chooseSavePath: async (suggestedName) => {
      const owner = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: join(app.getPath('downloads'), suggestedName) };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
  });
}
function createMainWindow(): BrowserWindow {
  const state = restoreWindowState(windowStore.get(), screen.getAllDisplays().map((d) => d.workArea));
  // The navigation guard is applied by `web-contents-created` (below) to every contents, this one too.
  const window = new BrowserWindow(mainWindowOptions(state, files.preload, nativeTheme.shouldUseDarkColors));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      windowStore.set({ ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch {
      // The window state is a convenience: a folder that cannot be written must not stop the app from closing.
    }
  });
  void window.loadURL(`${appOrigin}/`);
  return window;
}

app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(async () => {
  handleAppProtocol(files.rendererDir);
  const services = await startAppServices();
  quitAfterCleanup(app, () => services.close());
  registerIpc(createHandlers(services), services.bus);
  // A click on a watch's notification brings the window forward (show() also focuses it).
  notifyNewWatchItems(services.bus, Notification, () => BrowserWindow.getAllWindows()[0]?.show());
  startAutoUpdates({
    isPackaged: app.isPackaged,
    enabled: () => services.settings.get().autoUpdate,
    onSettingChange: (listener) => services.bus.subscribe((name) => name === 'settings.changed' && listener()),
  });
  const openHelp = () => services.bus.emit('app.menuAction', { action: 'shortcuts' });
  const openDocs = () => openIfHttps('https://developer.greenlake.hpe.com/');
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, openHelp, openDocs, (action) => services.bus.emit('app.menuAction', { action }))));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});
