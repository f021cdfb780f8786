/** What `import ... from 'electron'` gives the main process under the fake (never the renderer modules). */
import { fakeElectron } from './index';

const electron = fakeElectron();

export const { app, BrowserWindow, ipcMain, protocol, net, Menu, dialog, shell, Notification, nativeTheme, screen } = electron;
export default { app, BrowserWindow, ipcMain, protocol, net, Menu, dialog, shell, Notification, nativeTheme, screen };
