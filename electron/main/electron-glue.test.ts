/** The Electron glue that can be checked without an Electron binary: options, state, menu, origin. */
import { describe, expect, it } from 'vitest';
import { appOrigin, isAppUrl } from './app-origin';
import { menuTemplate } from './menu-template';
import { mainWindowOptions } from './window-options';
import { defaultWindowState, restoreWindowState } from './window-state';

describe('main window options', () => {
  it('carry every security flag', () => {
    const prefs = mainWindowOptions(defaultWindowState, '/app/preload.cjs', false).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('keeps a position that is still on a display', () => {
    expect(restoreWindowState({ x: 100, y: 80, width: 1000, height: 700, maximized: true }, [display])).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: true });
  });
  it('drops a position on a display that went away, and keeps sane sizes', () => {
    expect(restoreWindowState({ x: 3000, y: 80, width: 200, height: 100 }, [display])).toEqual({ width: 900, height: 560, maximized: false });
    expect(restoreWindowState({}, [display])).toEqual(defaultWindowState);
  });
});

describe('application menu', () => {
  it('has File, Edit, View and Help with the usual roles', () => {
    const menu = menuTemplate('win32', () => undefined, () => undefined);
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    const view = menu[2]!.submenu as { role?: string }[];
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'togglefullscreen']));
    expect(menuTemplate('darwin', () => undefined, () => undefined)[0]).toEqual({ role: 'appMenu' });
  });
  it('asks the window to carry out New Request, Save, Save As and Close Tab, showing keys the window handles itself', () => {
    const asked: string[] = [];
    const file = menuTemplate('win32', () => undefined, () => undefined, (action) => asked.push(action))[0]!.submenu as { label?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void; role?: string }[];
    expect(file.filter((i) => i.label).map((i) => `${i.label} ${i.accelerator}`)).toEqual(['New Request CmdOrCtrl+N', 'Save CmdOrCtrl+S', 'Save As… CmdOrCtrl+Shift+S', 'Close Tab CmdOrCtrl+W']);
    expect(file.filter((i) => i.label).every((i) => i.registerAccelerator === false)).toBe(true);
    for (const i of file) i.click?.();
    expect(asked).toEqual(['newRequest', 'save', 'saveAs', 'closeTab']);
    expect(file.at(-1)).toEqual({ role: 'quit' });
    const mac = menuTemplate('darwin', () => undefined, () => undefined)[1]!.submenu as { role?: string; accelerator?: string }[];
    expect(mac.at(-1)).toEqual({ role: 'close', accelerator: 'CmdOrCtrl+Shift+W' });
  });
  it('opens the shortcuts help from Help', () => {
    let opened = false;
    const help = menuTemplate('linux', () => (opened = true), () => undefined)[3]!.submenu as { label?: string; click?: () => void }[];
    help.find((i) => i.label === 'Keyboard Shortcuts')!.click!();
    expect(opened).toBe(true);
  });
});

describe('app origin', () => {
  it('accepts only the app scheme and host', () => {
    expect(isAppUrl(`${appOrigin}/index.html`)).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://shoreline/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
