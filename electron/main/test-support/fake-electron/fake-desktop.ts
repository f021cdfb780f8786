/**
 * The rest of the main-process surface Shoreline touches — Menu, dialog, shell, Notification,
 * nativeTheme, screen and net — each recording what it was asked so a test can check it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { notModelled } from './fake-event';
import type { FakeProtocol } from './fake-protocol';

/** What the desktop modules were asked to do. */
export interface DesktopRecord {
  applicationMenu: FakeMenu | null;
  openedExternally: string[];
  errorBoxes: { title: string; content: string }[];
  notifications: { title?: string; body?: string }[];
}

/** A built menu. */
export class FakeMenu {
  constructor(readonly items: MenuItemConstructorOptions[]) {}
}

function checkTemplate(items: MenuItemConstructorOptions[]): void {
  for (const item of items) {
    if (item.label === undefined && item.role === undefined && item.type === undefined) {
      throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    if (Array.isArray(item.submenu)) checkTemplate(item.submenu);
  }
}

/** Creates Menu, dialog, shell, Notification, nativeTheme, screen and net over `record`. */
export function createDesktopModules(record: DesktopRecord, isReady: () => boolean, protocol: FakeProtocol) {
  const Menu = {
    buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
      checkTemplate(template);
      return new FakeMenu(template);
    },
    setApplicationMenu(menu: FakeMenu | null): void {
      record.applicationMenu = menu;
    },
    getApplicationMenu: () => record.applicationMenu,
  };
  const dialog = {
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showErrorBox(title: string, content: string): void {
      record.errorBoxes.push({ title, content });
    },
  };
  const shell = {
    async openExternal(url: string): Promise<void> {
      record.openedExternally.push(url);
    },
  };
  class Notification extends EventEmitter {
    static isSupported = () => true;
    constructor(private readonly options: { title?: string; body?: string } = {}) {
      super();
    }
    show(): void {
      record.notifications.push({ title: this.options.title, body: this.options.body });
      this.emit('show');
    }
  }
  const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });
  const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 };
  const screenReady = () => {
    if (!isReady()) throw new Error("The 'screen' module can't be used before the app 'ready' event");
  };
  const screen = {
    getAllDisplays: () => (screenReady(), [display]),
    getPrimaryDisplay: () => (screenReady(), display),
  };
  const net = {
    /** Chromium's fetch: the app's own schemes through their handlers, http(s) over the network. */
    fetch(input: string | Request, init?: RequestInit): Promise<Response> {
      const url = typeof input === 'string' ? input : input.url;
      if (protocol._handles(url)) return protocol._request(input, init);
      if (/^https?:/i.test(url)) return fetch(input, init);
      return notModelled(`net.fetch of ${new URL(url).protocol} URLs`);
    },
    isOnline: () => true,
  };
  return { Menu, dialog, shell, Notification, nativeTheme, screen, net };
}
