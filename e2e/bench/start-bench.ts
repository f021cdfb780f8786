/**
 * `npm start` as a user runs it, timed from the command to the printed address: once with nothing
 * changed since the last build (the change check only), once after touching a renderer file (the
 * renderer rebuilds, nothing else). The desktop app is kept out (no Electron binary is offered), so
 * the address is what `npm start` prints on every machine.
 */
import { spawn } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { makeTempDir } from './temp-dirs';

/** One timed start: milliseconds to the address line, and what the build said it rebuilt. */
export interface StartSample {
  ms: number;
  rebuilt: string;
}

/** Runs `npm start` once and stops it (its whole process group) when the address is printed. */
export function timeStartToAddress(): Promise<StartSample> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent', '--', '--no-open', '--port', '0', '--user-data', makeTempDir('start')], {
    detached: true,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: makeTempDir('no-electron') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    };
    const timer = setTimeout(() => (stop(), reject(new Error(`npm start printed no address within 120 s: ${stderr}`))), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('Shoreline is running at ')) return;
      const ms = performance.now() - started;
      clearTimeout(timer);
      child.once('exit', () => resolve({ ms, rebuilt: /^Building (.*) …$/m.exec(stderr)?.[1] ?? 'nothing' }));
      stop();
    });
    child.once('exit', (code) => code !== null && code !== 0 && reject(new Error(`npm start exited with ${code}: ${stderr}`)));
  });
}

/** Marks `file` as just saved, as an editor would. */
export function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
  if (statSync(file).mtimeMs < now.getTime() - 1000) throw new Error(`Could not touch ${file}`);
}
