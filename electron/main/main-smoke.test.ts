/**
 * The desktop app's main process, proven without an Electron binary: the **built**
 * dist/electron/main.js is started the way `electron .` starts it (Electron's own resolution of
 * package.json "main"), with a faithful fake of the `electron` module, and used as a window would.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { staleTargets } from '../../build/build-state.mjs';
import { shorelineTargets } from '../../build/build.mjs';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';

const repo = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
let harness: string;

interface Launch {
  code: number | null;
  report: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON report
  stderr: string;
}

/** Runs `electron <appDir> --user-data <dir>` under the fake, and returns what the harness saw. */
function launch(appDir: string, options: { env?: Record<string, string>; urls?: string[]; userDataDir?: string } = {}): Promise<Launch> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'shoreline-smoke-data-'));
  const reportFile = join(mkdtempSync(join(tmpdir(), 'shoreline-smoke-report-')), 'report.json');
  const child = spawn(process.execPath, ['--import', pathTo('register.mjs'), pathTo('launch-app.mjs'), appDir, '--user-data', userDataDir], {
    env: { ...process.env, SHORELINE_SMOKE_REPORT: reportFile, SHORELINE_SMOKE_URLS: JSON.stringify(options.urls ?? []), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : { missing: 'no report' };
      done({ code, report, stderr });
    });
  });
}

const pathTo = (file: string) => join(harness, file);
const workerFile = () => readdirSync('dist/renderer/assets').find((f) => /^editor\.worker-.*\.js$/.test(f));

let app: Launch;

beforeAll(async () => {
  const stale = staleTargets(repo, shorelineTargets.filter((t) => ['main', 'preload', 'renderer'].includes(t.name)));
  if (stale.length > 0) throw new Error(`dist/ is out of date (${stale.map((s) => `${s.name}: ${s.reason}`).join('; ')}): run npm run build first.`);
  harness = mkdtempSync(join(tmpdir(), 'shoreline-fake-electron-'));
  const dir = 'electron/main/test-support';
  await build({
    entryPoints: {
      register: `${dir}/fake-electron/register.ts`,
      'electron-hooks': `${dir}/fake-electron/electron-hooks.ts`,
      electron: `${dir}/fake-electron/electron-module.ts`,
      'launch-app': `${dir}/launch-app.ts`,
    },
    outdir: harness,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  app = await launch(repo, { urls: ['app://shoreline/', `app://shoreline/assets/${workerFile()}`, 'app://shoreline/..%2F..%2Fpackage.json', 'app://shoreline/assets/missing.js'] });
  expect(app.report.launchError ?? app.report.harnessError, app.stderr).toBeUndefined();
}, 90_000);

describe('the built main process under a faithful fake Electron', () => {
  it('is the file package.json names, found the way Electron finds it', () => {
    expect(app.report.entry).toBe(join(repo, 'dist', 'electron', 'main.js'));
  });

  it('registers app:// as privileged before ready and serves index.html with the CSP', () => {
    expect(app.report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const index = app.report.requests['app://shoreline/'];
    expect(index).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8', csp: contentSecurityPolicy, nosniff: 'nosniff' });
    expect(index.body).toContain('<div id="root"></div>');
  });

  it('serves a Monaco worker as JavaScript with the CSP, and nothing outside dist/renderer', () => {
    expect(workerFile()).toBeDefined();
    const worker = app.report.requests[`app://shoreline/assets/${workerFile()}`];
    expect(worker).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8', csp: contentSecurityPolicy });
    expect(worker.body.length).toBeGreaterThan(100);
    expect(app.report.requests['app://shoreline/..%2F..%2Fpackage.json']).toMatchObject({ status: 404 });
    expect(app.report.requests['app://shoreline/assets/missing.js']).toMatchObject({ status: 404, csp: contentSecurityPolicy });
  });

  it('opens exactly one window, isolated and sandboxed, with a preload that exists', () => {
    expect(app.report.windows).toHaveLength(1);
    const [window] = app.report.windows;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false });
    expect(window.options.webPreferences.preload).toBe(join(repo, 'dist', 'electron', 'preload.cjs'));
    expect(existsSync(window.options.webPreferences.preload)).toBe(true);
    expect(window).toMatchObject({ url: 'app://shoreline/', status: 200, visible: true });
    expect(app.report.preloadError).toBeNull();
    expect(app.report.menu).toEqual(expect.arrayContaining(['File', 'View']));
  });

  it('answers app.info through the real preload, the IPC router and the handlers', () => {
    expect(app.report.exposedGlobals).toEqual(['shoreline']);
    expect(app.report.appInfo).toEqual({
      ok: true,
      value: { name: 'Shoreline', version: pkg.version, host: 'electron', capabilities: { nativeDialogs: true, openExternal: true, selfUpdate: true }, startupProblems: [] },
    });
    expect(app.report.settingsUpdate).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(app.report.settingsEvents).toEqual([expect.objectContaining({ theme: 'dark' })]);
  });

  it('refuses unknown commands, foreign frames and subframes', () => {
    expect(app.report.unknownCommand).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(app.report.foreignFrame).toEqual({ ok: false, error: { code: 'forbidden', message: 'This call did not come from a Shoreline window.' } });
    expect(app.report.subframeHasBridge).toBe(false);
    expect(app.report.subframeForged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(app.report.navigation).toEqual({ external: false, internal: true, popup: { action: 'deny' }, openedExternally: ['https://example.com/docs', 'https://example.com/popup'] });
  });

  it('stops the Sandbox and writes the history before the process ends on quit', () => {
    expect(app.report.sent).toMatchObject({ ok: true, status: 200, historyId: expect.any(String) });
    expect(app.report.sandboxAcceptsBeforeQuit).toBe(true);
    expect(app.report.atExit).toEqual({ code: 0, sandboxAccepts: false, historyHasEntry: true, windowStateSaved: true, settings: expect.objectContaining({ theme: 'dark' }) });
    expect(app.code).toBe(0);
  });

  it('never loads the updater in development', () => {
    expect(app.report.updaterLoaded).toBe(false);
    expect(app.stderr).not.toContain('[updates]');
  });
});

describe('updates in an installed app', () => {
  it('are checked with electron-updater, unless the user turned them off', async () => {
    const on = await launch(repo, { env: { SHORELINE_FAKE_PACKAGED: '1' } });
    expect(on.report.harnessError, on.stderr).toBeUndefined();
    expect(on.report.updaterLoaded).toBe(true);
    expect(on.stderr).toContain('[updates]');

    const userDataDir = mkdtempSync(join(tmpdir(), 'shoreline-smoke-data-'));
    writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ theme: 'system', sidebarTab: 'explorer', autoUpdate: false }));
    const off = await launch(repo, { env: { SHORELINE_FAKE_PACKAGED: '1' }, userDataDir });
    expect(off.report.harnessError, off.stderr).toBeUndefined();
    expect(off.report.updaterLoaded).toBe(false);
    expect(off.stderr).not.toContain('[updates]');
  }, 90_000);
});

describe('an entry that does not exist', () => {
  it('fails to start, as Electron would, when package.json names the old main.cjs', async () => {
    const appDir = mkdtempSync(join(tmpdir(), 'shoreline-broken-entry-'));
    const broken = { ...JSON.parse(readFileSync('package.json', 'utf8')), main: 'dist/electron/main.cjs' };
    writeFileSync(join(appDir, 'package.json'), JSON.stringify(broken));
    symlinkSync(join(repo, 'dist'), join(appDir, 'dist'), 'junction');
    symlinkSync(join(repo, 'node_modules'), join(appDir, 'node_modules'), 'junction');
    const result = await launch(appDir);
    expect(result.code).toBe(1);
    expect(result.report.launchError).toEqual([
      { title: 'Error launching app', content: expect.stringMatching(/^Unable to find Electron app at .*\n\nCannot find module '.*main\.cjs'/) },
    ]);
  });
});
