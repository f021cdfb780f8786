/**
 * Opens a URL in the user's default browser, and knows when that cannot work: on Linux it takes
 * `xdg-open` and a display (X11 or Wayland), which a server or a container usually lacks.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** True when `command` is an executable file in one of `env.PATH`'s folders. */
export function onPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return dir !== '';
    } catch {
      return false;
    }
  });
}

/** Why no browser can be opened here, in the user's words; undefined when one can. */
export function browserUnavailable(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (platform === 'darwin' || platform === 'win32') return undefined;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set';
  if (!onPath('xdg-open', env)) return 'xdg-open is not installed';
  return undefined;
}

/** Asks the OS to open `url`; `onFailure` hears why when the opener cannot start or reports an error. */
export function openBrowser(url: string, onFailure: (why: string) => void, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', (error) => onFailure(`${command} could not be started: ${error.message}`));
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) onFailure(`${command} exited with code ${code}`);
    });
    child.unref();
  } catch (error) {
    onFailure(`${command} could not be started: ${error instanceof Error ? error.message : String(error)}`);
  }
}
