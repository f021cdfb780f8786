/** The options of Shoreline's main window: every security flag set, the size remembered. */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './window-state';

/** Builds the main window's options from the remembered state and the preload's path. */
export function mainWindowOptions(state: WindowState, preloadPath: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 560,
    title: 'Shoreline',
    show: false,
    backgroundColor: dark ? '#121212' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}
