import { describe, expect, it } from 'vitest';
import { chooseStart, nodeTooOldForDesktop } from './start-choice';

describe('what npm start opens', () => {
  const electron = { path: '/opt/electron/electron' };

  it('opens the desktop app on Node 22.12 or newer with an Electron binary', () => {
    expect(chooseStart({ nodeVersion: '22.12.0', electron, browserUnavailable: undefined })).toEqual({ kind: 'desktop', electronPath: electron.path });
    expect(chooseStart({ nodeVersion: '24.1.0', electron, browserUnavailable: 'no display' })).toEqual({ kind: 'desktop', electronPath: electron.path });
  });

  it('says in one sentence that the desktop app needs Node 22.12, and what it does instead', () => {
    expect(chooseStart({ nodeVersion: '20.20.2', electron, browserUnavailable: undefined })).toEqual({
      kind: 'web',
      message: "Shoreline's desktop app needs Node.js 22.12 or newer (this is Node 20.20.2), so it opens in your browser instead.",
    });
    expect(chooseStart({ nodeVersion: '22.11.0', electron, browserUnavailable: 'xdg-open is not installed' })).toEqual({
      kind: 'web',
      message: "Shoreline's desktop app needs Node.js 22.12 or newer (this is Node 22.11.0), so it runs as a web app instead.",
    });
  });

  it('says why when the Electron binary is missing', () => {
    expect(chooseStart({ nodeVersion: '22.12.0', electron: { missing: 'the Electron binary is not installed' }, browserUnavailable: undefined })).toEqual({
      kind: 'web',
      message: 'Shoreline cannot open as a desktop app here because the Electron binary is not installed, so it opens in your browser instead.',
    });
  });

  it('compares versions as numbers', () => {
    expect(['20.19.0', '21.9.9', '22.2.0', '22.11.9'].map(nodeTooOldForDesktop)).toEqual([true, true, true, true]);
    expect(['22.12.0', '22.20.1', '23.0.0', '100.0.0'].map(nodeTooOldForDesktop)).toEqual([false, false, false, false]);
  });
});
