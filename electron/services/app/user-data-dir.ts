/**
 * Where Shoreline keeps its files: `--user-data <dir>`, else SHORELINE_USER_DATA, else the OS's
 * per-user application folder (the same one Electron's `app.getPath('userData')` uses).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Picks the user-data folder from the command line, the environment, or the OS convention. */
export function resolveUserDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const flag = argv.indexOf('--user-data');
  const fromFlag = flag >= 0 ? argv[flag + 1] : argv.find((a) => a.startsWith('--user-data='))?.slice('--user-data='.length);
  if (fromFlag) return resolve(fromFlag);
  if (env.SHORELINE_USER_DATA) return resolve(env.SHORELINE_USER_DATA);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Shoreline');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Shoreline');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Shoreline');
}
