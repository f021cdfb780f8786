/** The application menu: File, Edit, View, Help with the usual roles (and the app menu on macOS). */
import type { MenuItemConstructorOptions } from 'electron';

/** Builds the menu template; `openHelp` shows the keyboard-shortcut help in the window. */
export function menuTemplate(platform: NodeJS.Platform, openHelp: () => void, openDocs: () => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [mac ? { role: 'close' as const } : { role: 'quit' as const }] },
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
