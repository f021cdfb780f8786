import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserUnavailable, onPath } from './open-browser';

/** A folder holding an executable `xdg-open`, for PATH. */
function folderWithXdgOpen(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoreline-path-'));
  writeFileSync(join(dir, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dir, 'xdg-open'), 0o755);
  return dir;
}

describe('whether a browser can be opened', () => {
  it('always can on macOS and Windows', () => {
    expect(browserUnavailable('darwin', {})).toBeUndefined();
    expect(browserUnavailable('win32', {})).toBeUndefined();
  });

  it('needs a display and xdg-open on Linux, and says which is missing', () => {
    const path = folderWithXdgOpen();
    expect(browserUnavailable('linux', { PATH: path })).toBe('there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set');
    expect(browserUnavailable('linux', { PATH: mkdtempSync(join(tmpdir(), 'shoreline-path-')), DISPLAY: ':0' })).toBe('xdg-open is not installed');
    expect(browserUnavailable('linux', { PATH: path, DISPLAY: ':0' })).toBeUndefined();
    expect(browserUnavailable('linux', { PATH: path, WAYLAND_DISPLAY: 'wayland-0' })).toBeUndefined();
  });

  it('finds only executable files on PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-path-'));
    writeFileSync(join(dir, 'xdg-open'), 'not executable');
    chmodSync(join(dir, 'xdg-open'), 0o644);
    expect(onPath('xdg-open', { PATH: dir })).toBe(process.platform === 'win32');
    expect(onPath('xdg-open', { PATH: folderWithXdgOpen() })).toBe(true);
    expect(onPath('xdg-open', {})).toBe(false);
  });
});
