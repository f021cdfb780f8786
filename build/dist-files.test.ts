/**
 * After `npm run build`: every file that package.json, build/electron-builder.yml and the main
 * process name exists — the entry Electron loads, the scripts, the icons and entitlements the
 * installers need, the preload and the renderer's page with everything it links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appFiles } from '../electron/main/app-files';
import { staleTargets } from './build-state.mjs';
import { shorelineTargets } from './build.mjs';

interface PackageJson {
  main: string;
  bin?: string | Record<string, string>;
  scripts: Record<string, string>;
}

interface BuilderConfig {
  directories: { buildResources: string; output: string };
  files: string[];
  asarUnpack: string[];
  publish: { provider: string };
  win: { target: string; icon: string };
  mac: { target: string[]; icon: string; entitlements: string; entitlementsInherit: string };
  linux: { icon: string };
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const builder = parse(readFileSync('build/electron-builder.yml', 'utf8')) as BuilderConfig;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** True when `pattern` (electron-builder's globs: `*` in a name, `**` for any depth) matches a file or folder. */
function matchesSomething(pattern: string, dir = '.'): boolean {
  const [head, ...rest] = pattern.split('/');
  if (head === undefined || head === '**') return existsSync(dir) && (rest.length === 0 || readdirSync(dir, { recursive: true }).length > 0);
  const name = new RegExp(`^${head.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const entries = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((entry) => name.test(entry)) : [];
  return entries.some((entry) => (rest.length === 0 ? true : matchesSomething(rest.join('/'), join(dir, entry))));
}

beforeAll(() => {
  const stale = staleTargets('.', shorelineTargets);
  if (stale.length > 0) throw new Error(`dist/ is out of date (${stale.map((s) => `${s.name}: ${s.reason}`).join('; ')}): run npm run build first.`);
});

describe('files named by package.json', () => {
  it('has an entry Electron can load: the ESM bundle the build writes', () => {
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(existsSync(pkg.main)).toBe(true);
    expect(readFileSync(pkg.main, 'utf8')).toMatch(/^import /m);
  });

  it('names only files that exist in its bin and scripts', () => {
    const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
    const scriptFiles = Object.values(pkg.scripts).flatMap((script) => script.split(/\s+/).filter((word) => /^[\w.-]+\/[\w./-]*\.(m?js|ts|sh|yml|json)$/.test(word)));
    expect(scriptFiles).toEqual(expect.arrayContaining(['build/build.mjs', 'dist/node/start.js', 'dist/node/web.js', 'dist/node/shoreline.js', 'build/test.sh', 'build/electron-builder.yml']));
    for (const file of [...bins, ...scriptFiles]) expect(existsSync(file), `${file} (package.json)`).toBe(true);
  });

  it('has a `shoreline` bin that runs under node from a PATH (a hashbang first)', () => {
    expect(pkg.bin).toEqual({ shoreline: 'dist/node/shoreline.js' });
    expect(readFileSync('dist/node/shoreline.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('files named by build/electron-builder.yml', () => {
  it('has its resources folder, entitlements, and something for every files pattern to pack', () => {
    expect(statSync(builder.directories.buildResources).isDirectory()).toBe(true);
    expect(readFileSync(builder.mac.entitlements, 'utf8')).toContain('com.apple.security.cs.allow-jit');
    expect(existsSync(builder.mac.entitlementsInherit)).toBe(true);
    for (const pattern of [...builder.files, ...builder.asarUnpack].filter((p) => !p.startsWith('!'))) {
      expect(matchesSomething(pattern), pattern).toBe(true);
    }
    expect(builder.files).toContain('dist/**');
    expect(matchesSomething('node_modules/@napi-rs/no-such-package*/**')).toBe(false);
  });

  it('has real icons: a 1024 px PNG, a Windows .ico up to 256 px, a macOS .icns up to 1024 px', () => {
    const png = pngSize(readFileSync(builder.linux.icon));
    expect(png.width).toBe(png.height);
    expect(png.width).toBeGreaterThanOrEqual(512);

    const ico = readFileSync(builder.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    const icns = readFileSync(builder.mac.icon);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('latin1'));
      if (['ic10', 'ic09'].includes(types.at(-1)!)) expect(pngSize(icns.subarray(at + 8)).width).toBe(types.at(-1) === 'ic10' ? 1024 : 512);
    }
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'icp4', 'icp5']));
  });

  it('builds NSIS and dmg (with the zip updates need) and publishes where the updater looks', () => {
    expect(builder.win.target).toBe('nsis');
    expect(builder.mac.target).toEqual(['dmg', 'zip']);
    expect(builder.publish.provider).toBe('github');
  });
});

describe('files the main process loads', () => {
  const files = appFiles(resolve(dirname(pkg.main)));

  it('has the preload and the renderer page beside the entry', () => {
    expect(existsSync(files.preload)).toBe(true);
    expect(existsSync(files.rendererIndex)).toBe(true);
  });

  it('has every script, style and icon the page links', () => {
    const html = readFileSync(files.rendererIndex, 'utf8');
    const linked = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(linked.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of linked) expect(existsSync(join(files.rendererDir, file)), file).toBe(true);
  });
});

describe("the first screen's scripts", () => {
  // What index.html loads before the app draws: its module script and the modulepreloads (see vite.config.ts).
  const files = appFiles(resolve(dirname(pkg.main)));
  const html = readFileSync(files.rendererIndex, 'utf8');
  const firstScripts = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => readFileSync(join(files.rendererDir, m[1]!), 'utf8')).join('\n');

  it('hold the shell, the tree and the search box', () => {
    for (const component of ['MuiButtonBase', 'MuiOutlinedInput', 'MuiInputAdornment']) expect(firstScripts).toMatch(new RegExp(`[\`'"]${component}[\`'"]`));
  });

  it('leave out what only a later click shows: menus, dialogs, tooltips, notices, text fields', () => {
    // Each of these parts loads when first used; a static import of one would bring it (and the
    // popover, modal or transition machinery behind it) back into every cold start.
    for (const component of ['MuiMenu', 'MuiPopover', 'MuiModal', 'MuiDialog', 'MuiTooltip', 'MuiSnackbar', 'MuiTextField']) {
      expect(firstScripts, component).not.toMatch(new RegExp(`[\`'"]${component}[\`'"]`));
    }
    for (const words of ['Save request', 'Check this request every few seconds', 'Keyboard shortcuts', 'From a URL…']) expect(firstScripts, words).not.toContain(words);
  });
});
