/**
 * Updates from the project's GitHub releases (electron-updater, configured by `publish` in
 * build/electron-builder.yml). Only an installed app checks — never a development run — and only
 * while the user's `autoUpdate` setting is on; turning it off also keeps a downloaded update from
 * being installed at quit. electron-updater is loaded only when a check is due.
 */

/** The part of electron-updater's `autoUpdater` Shoreline uses. */
export interface Updater {
  autoInstallOnAppQuit: boolean;
  logger: { info(message?: unknown): void; warn(message?: unknown): void; error(message?: unknown): void } | null;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

/** How often a running app looks for a new release. */
export const updateCheckIntervalMs = 6 * 60 * 60 * 1000;

/** What the update loop needs from the app. */
export interface AutoUpdateOptions {
  /** `app.isPackaged`: false for `npm start` and the tests. */
  isPackaged: boolean;
  /** The user's setting, read before every check. */
  enabled: () => boolean;
  /** Calls `listener` when the setting may have changed. */
  onSettingChange: (listener: () => void) => void;
  load?: () => Promise<Updater>;
  log?: (line: string) => void;
  /** Runs `check` now and then every interval; returns how to stop. */
  schedule?: (check: () => void) => void;
}

async function loadElectronUpdater(): Promise<Updater> {
  // A CommonJS package whose `autoUpdater` is a getter: reach it through the default export.
  const module = await import('electron-updater');
  return module.default.autoUpdater;
}

function everyInterval(check: () => void): void {
  check();
  setInterval(check, updateCheckIntervalMs).unref();
}

/** Starts the update checks where they are allowed; returns false when this run never checks. */
export function startAutoUpdates(options: AutoUpdateOptions): boolean {
  if (!options.isPackaged) return false;
  const { enabled, load = loadElectronUpdater, log = (line) => process.stderr.write(`${line}\n`), schedule = everyInterval } = options;
  let updater: Promise<Updater> | undefined;
  const getUpdater = () =>
    (updater ??= load().then((u) => {
      const write = (message?: unknown) => log(`[updates] ${String(message)}`);
      u.logger = { info: write, warn: write, error: write };
      return u;
    }));
  options.onSettingChange(() => {
    if (updater) void updater.then((u) => (u.autoInstallOnAppQuit = enabled()));
  });
  schedule(() => {
    if (!enabled()) return;
    void getUpdater()
      .then((u) => {
        u.autoInstallOnAppQuit = true;
        return u.checkForUpdatesAndNotify();
      })
      .catch((error: unknown) => log(`[updates] The update check failed: ${error instanceof Error ? error.message : String(error)}`));
  });
  return true;
}
