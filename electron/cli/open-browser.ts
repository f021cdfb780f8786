/** Opens a URL in the user's default browser, best effort. */
import { spawn } from 'node:child_process';

/** Asks the OS to open `url`; failures are ignored because the address is also printed. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // the printed address is enough
  }
}
