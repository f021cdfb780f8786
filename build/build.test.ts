/**
 * The incremental build (`npm start`, `npm run web`, the benchmark): a copy of the repository is
 * built for real, then each kind of change must make exactly the right targets stale, and a build
 * that fails must leave the previous one in place.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStamp, staleTargets } from './build-state.mjs';
import { runBuild, shorelineTargets } from './build.mjs';

const repo = resolve('.');
let root: string;
const log: string[] = [];

/** Changes a file's modification time (as saving it would), and returns how to put it back. */
function touch(path: string): () => void {
  const file = join(root, path);
  const { atime, mtimeMs } = statSync(file);
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
  // The check compares whole milliseconds, so this puts the file back as the check saw it.
  return () => utimesSync(file, atime, new Date(Math.round(mtimeMs)));
}

/** Writes `text` as an editor would have a moment before the build starts. */
function saveEarlier(file: string, text: string): void {
  writeFileSync(file, text);
  const earlier = new Date(Date.now() - 1000);
  utimesSync(file, earlier, earlier);
}

const stale = () => staleTargets(root, shorelineTargets).map((t) => t.name);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shoreline-build-'));
  for (const entry of ['renderer', 'shared', 'electron', 'build', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.base.json', 'vite.config.ts']) {
    // Keep the files' times: a file written just before a build counts as "changed while building".
    cpSync(join(repo, entry), join(root, entry), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'junction');
  const result = await runBuild({ root, mode: 'all', log: (line) => log.push(line) });
  expect(result, log.join('\n')).toMatchObject({ ok: true });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the change check', () => {
  it('finds nothing to do right after a build, and builds nothing', async () => {
    expect(stale()).toEqual([]);
    const again = await runBuild({ root, mode: 'changed' });
    expect(again).toMatchObject({ ok: true, built: [], message: 'dist/ is up to date.' });
  });

  it('rebuilds only the renderer for a renderer file', () => {
    const restore = touch('renderer/main.tsx');
    expect(staleTargets(root, shorelineTargets)).toEqual([{ name: 'renderer', reason: 'renderer/main.tsx changed' }]);
    restore();
    expect(stale()).toEqual([]);
  });

  it('rebuilds only the bundles that use an electron/ file', () => {
    let restore = touch('electron/preload/preload.ts');
    expect(stale()).toEqual(['preload']);
    restore();
    restore = touch('electron/main/app-protocol.ts');
    expect(stale()).toEqual(['main']);
    restore();
    restore = touch('electron/cli/open-browser.ts');
    expect(stale()).toEqual(['cli']);
    restore();
    restore = touch('electron/services/create-services.ts');
    expect(stale()).toEqual(['main', 'cli']);
    restore();
  });

  it('rebuilds the bundles that use a shared/ file, and the renderer', () => {
    let restore = touch('shared/contract/names.ts');
    expect(stale()).toEqual(['preload', 'renderer']);
    restore();
    restore = touch('shared/errors.ts');
    expect(stale()).toEqual(['main', 'cli', 'renderer']);
    restore();
  });

  it('rebuilds everything when the lock file changes', () => {
    const restore = touch('package-lock.json');
    expect(stale()).toEqual(['main', 'preload', 'cli', 'parseWorker', 'renderer']);
    restore();
  });

  it('ignores test files, and notices a new renderer file and a missing output', () => {
    const restore = touch('electron/preload/preload.test.ts');
    expect(stale()).toEqual([]);
    restore();
    writeFileSync(join(root, 'renderer/app/new-file.ts'), 'export const x = 1;\n');
    expect(staleTargets(root, shorelineTargets)).toEqual([{ name: 'renderer', reason: 'renderer/app/new-file.ts was added' }]);
    rmSync(join(root, 'renderer/app/new-file.ts'));
    rmSync(join(root, 'dist/electron/preload.cjs'));
    expect(staleTargets(root, shorelineTargets)).toEqual([{ name: 'preload', reason: 'dist/electron/preload.cjs is missing' }]);
  });
  it('records a source saved while it ran as changed, so the next start builds again', async () => {
    const target = {
      name: 'probe',
      async build(buildRoot: string, stagingDir: string) {
        writeFileSync(join(stagingDir, 'probe.txt'), 'built');
        writeFileSync(join(buildRoot, 'probe-source.txt'), 'saved during the build');
        return { outputs: ['probe.txt'], inputs: ['probe-source.txt'] };
      },
    };
    expect(await runBuild({ root, mode: 'changed', targets: [target] })).toMatchObject({ ok: true });
    expect(readFileSync(join(root, 'dist/probe.txt'), 'utf8')).toBe('built');
    expect(staleTargets(root, [target])).toEqual([{ name: 'probe', reason: 'probe-source.txt changed' }]);
  });
});

describe('a build that fails', () => {
  it('leaves the previous build in place, says so, and is retried next time', async () => {
    await runBuild({ root, mode: 'changed' });
    const before = readFileSync(join(root, 'dist/electron/preload.cjs'), 'utf8');
    const stampBefore = readStamp(root);
    const source = join(root, 'electron/preload/preload.ts');
    const good = readFileSync(source, 'utf8');
    writeFileSync(source, `${good}\nconst broken = ;\n`);
    const lines: string[] = [];
    const failed = await runBuild({ root, mode: 'changed', log: (line) => lines.push(line) });
    expect(failed.ok).toBe(false);
    expect(failed.message).toBe('The build of preload failed (see above), so dist/ keeps the previous build, unchanged.');
    expect(readFileSync(join(root, 'dist/electron/preload.cjs'), 'utf8')).toBe(before);
    expect(readStamp(root)).toEqual(stampBefore);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist-build-'))).toEqual([]);
    expect(stale()).toEqual(['preload']);

    saveEarlier(source, good);
    const fixed = await runBuild({ root, mode: 'changed' });
    expect(fixed).toMatchObject({ ok: true, built: [{ name: 'preload', reason: 'electron/preload/preload.ts changed' }] });
    expect(stale()).toEqual([]);
  });

  it('of the renderer keeps the whole previous renderer', async () => {
    const index = readFileSync(join(root, 'dist/renderer/index.html'), 'utf8');
    const assets = readdirSync(join(root, 'dist/renderer/assets')).sort();
    const source = join(root, 'renderer/main.tsx');
    const good = readFileSync(source, 'utf8');
    writeFileSync(source, `${good}\nimport './does-not-exist';\n`);
    const failed = await runBuild({ root, mode: 'changed', log: () => undefined });
    expect(failed).toMatchObject({ ok: false, message: expect.stringContaining('keeps the previous build') });
    expect(readFileSync(join(root, 'dist/renderer/index.html'), 'utf8')).toBe(index);
    expect(readdirSync(join(root, 'dist/renderer/assets')).sort()).toEqual(assets);
    saveEarlier(source, good);
  }, 60_000);

  it('with no previous build says there is none', async () => {
    rmSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'electron/cli/web.ts'), 'export const = ;\n');
    const failed = await runBuild({ root, mode: 'changed', targets: shorelineTargets.filter((t) => t.name === 'cli'), log: () => undefined });
    expect(failed).toMatchObject({ ok: false, message: 'The build of cli failed (see above), and there is no previous build in dist/.' });
    expect(existsSync(join(root, 'dist/node/web.js'))).toBe(false);
  });
});
