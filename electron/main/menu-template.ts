/** The application menu: File, Edit, View, Help with the usual roles (and the app menu on macOS). */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/contract/app';

/**
 * Builds the menu template; `openHelp` shows the keyboard-shortcut help in the window, `act` asks the
 * window to carry out a File item. Their keys are shown but left to the window (which handles them
 * for the tab it shows), so the menu and the keyboard never both act.
 */
export function menuTemplate(platform: NodeJS.Platform, openHelp: () => void, openDocs: () => void, act: (action: MenuAction) => void = () => undefined): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (label: string, accelerator: string, action: MenuAction): MenuItemConstructorOptions => ({ label, accelerator, registerAccelerator: false, click: () => act(action) });
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New Request', 'CmdOrCtrl+N', 'newRequest'),
        item('Save', 'CmdOrCtrl+S', 'save'),
        item('Save As…', 'CmdOrCtrl+Shift+S', 'saveAs'),
        item('Close Tab', 'CmdOrCtrl+W', 'closeTab'),
        { type: 'separator' },
        mac ? { role: 'close' as const, accelerator: 'CmdOrCtrl+Shift+W' } : { role: 'quit' as const },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: openHelp },
        { label: 'HPE GreenLake API documentation', click: openDocs },
      ],
    },
  ];
}
