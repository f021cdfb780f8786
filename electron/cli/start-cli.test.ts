/**
 * `npm start` as a user meets it on a Linux box (the built dist/node/start.js): where no browser
 * can be opened it says so and gives the address to open by hand; where the browser fails, the same.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { staleTargets } from '../../build/build-state.mjs';
import { shorelineTargets } from '../../build/build.mjs';
import { nodeTooOldForDesktop } from './start-choice';

/** Starts dist/node/start.js and collects its lines until `enough` says so (or 15 s pass). */
function start(env: NodeJS.ProcessEnv, enough: (lines: string[]) => boolean): Promise<string[]> {
  const child = spawn(process.execPath, [resolve('dist/node/start.js'), '--port', '0', '--user-data', mkdtempSync(join(tmpdir(), 'shoreline-start-'))], {
    env: { ...env, ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(join(tmpdir(), 'no-electron-')), HOME: process.env.HOME ?? tmpdir() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      clearInterval(poll);
      child.kill('SIGTERM');
      done(lines);
    };
    const timer = setTimeout(finish, 15_000);
    // Some ends (a file the fake xdg-open writes) come with no new line.
    const poll = setInterval(() => enough(lines) && finish(), 50);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      if (enough(lines)) finish();
    });
  });
}

/** A PATH folder whose `xdg-open` records the URL it was given and exits with `code`. */
function fakeXdgOpen(code: number): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shoreline-xdg-'));
  const log = join(dir, 'opened.txt');
  writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\necho "$1" > "${log}"\nexit ${code}\n`);
  chmodSync(join(dir, 'xdg-open'), 0o755);
  return { dir, log };
}

const running = /^Shoreline is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/;
const why = (browser: string) =>
  nodeTooOldForDesktop(process.versions.node)
    ? `Shoreline's desktop app needs Node.js 22.12 or newer (this is Node ${process.versions.node}), so it ${browser}.`
    : expect.stringMatching(new RegExp(`^Shoreline cannot open as a desktop app here because no Electron binary was found at .*, so it ${browser}\\.$`));

beforeAll(() => {
  const stale = staleTargets('.', shorelineTargets.filter((t) => ['cli', 'renderer'].includes(t.name)));
  if (stale.length > 0) throw new Error(`dist/ is out of date (${stale.map((s) => `${s.name}: ${s.reason}`).join('; ')}): run npm run build first.`);
});

describe.runIf(process.platform === 'linux')('npm start on Linux without the desktop app', () => {
  it('without a display, says no browser can open and prints the address to open by hand', async () => {
    const { dir } = fakeXdgOpen(0);
    const lines = await start({ PATH: dir }, (l) => l.length >= 3);
    expect(lines[0]).toEqual(why('runs as a web app instead'));
    expect(lines[1]).toMatch(running);
    expect(lines[2]).toBe('No browser could be opened (there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set), so open the address above in a browser yourself.');
  });

  it('without xdg-open, says so', async () => {
    const lines = await start({ PATH: mkdtempSync(join(tmpdir(), 'empty-path-')), DISPLAY: ':0' }, (l) => l.length >= 3);
    expect(lines[2]).toBe('No browser could be opened (xdg-open is not installed), so open the address above in a browser yourself.');
  });

  it('opens the address with xdg-open where it can, and says nothing more', async () => {
    const { dir, log } = fakeXdgOpen(0);
    const lines = await start({ PATH: dir, DISPLAY: ':0' }, () => existsSync(log) && readFileSync(log, 'utf8').includes('#token='));
    await new Promise((r) => setTimeout(r, 300));
    expect(lines[0]).toEqual(why('opens in your browser instead'));
    expect(readFileSync(log, 'utf8').trim()).toBe(running.exec(lines[1]!)?.[1]);
    expect(lines).toHaveLength(2);
  });

  it('says so when xdg-open fails to open a browser', async () => {
    const { dir } = fakeXdgOpen(3);
    const lines = await start({ PATH: dir, DISPLAY: ':0' }, (l) => l.length >= 3);
    expect(lines[2]).toBe('No browser could be opened (xdg-open exited with code 3), so open the address above in a browser yourself.');
  });
});
