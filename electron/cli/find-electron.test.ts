import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron } from './find-electron';

describe('findElectron', () => {
  it('reports a missing binary (no path.txt, as after a skipped download) without starting one', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
    expect(findElectron({}, pkg)).toEqual({ missing: expect.stringContaining('not installed') });
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(findElectron({}, pkg)).toEqual({ missing: expect.stringContaining('not installed') });
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(findElectron({}, pkg)).toEqual({ path: join(pkg, 'dist', 'electron') });
  });

  it('reports a missing package', () => {
    expect(findElectron({}, null)).toEqual({ missing: 'the electron package is not installed' });
  });

  it('finds a binary through ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ path: join(dist, 'electron') });
  });
});
