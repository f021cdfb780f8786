/**
 * The fake `BrowserWindow` and its `webContents`: windows only after `ready`, `web-contents-created`
 * on the app, pages loaded through the protocol handlers, the preload run for the main frame as a
 * sandboxed renderer runs it, `webContents.send` delivered to that frame, and close/closed events.
 */
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { EventEmitter } from 'node:events';
import type { FakeApp } from './fake-app';
import { FakeEvent, notModelled } from './fake-event';
import { createIpcRenderer, invokeEvent, type FakeFrame, type FakeIpcMain, type FakeIpcRenderer } from './fake-ipc';
import type { FakeProtocol } from './fake-protocol';
import { runPreload, type PageWorld } from './preload-runner';

let nextId = 1;

/** One page loaded in a frame: its world and its IPC endpoint. */
interface LoadedFrame {
  frame: FakeFrame;
  world: PageWorld;
  ipc: FakeIpcRenderer;
}

/** The fake `webContents` of one window. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  private url = '';
  private destroyed = false;
  private mainFrame: LoadedFrame | undefined;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  /** Status of the last page load. */
  lastStatus: number | undefined;

  constructor(
    readonly webPreferences: WebPreferences,
    private readonly deps: { protocol: FakeProtocol; ipcMain: FakeIpcMain },
  ) {
    super();
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.mainFrame?.ipc._deliver(channel, args);
  }

  /** Loads `url` in the main frame: the page through its protocol handler, then the preload. */
  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    if (!this.deps.protocol._handles(url)) notModelled(`loading ${new URL(url).protocol} pages`);
    const response = await this.deps.protocol._request(url);
    this.lastStatus = response.status;
    await response.arrayBuffer();
    this.url = url;
    this.mainFrame = this.openFrame(url, null);
    this.emit('dom-ready', new FakeEvent());
    this.emit('did-finish-load', new FakeEvent());
  }

  /**
   * A frame showing `url` inside this page, with the preload run when Electron would run it (the main
   * frame; subframes only with `nodeIntegrationInSubFrames`). Tests use it for frames that should not
   * be trusted. Returns what the frame's page world can reach.
   */
  openFrame(url: string, parent: FakeFrame | null): LoadedFrame {
    const frame: FakeFrame = { url, parent, routingId: nextId++, processId: this.id };
    const ipc = createIpcRenderer(this.deps.ipcMain, invokeEvent(this, frame));
    const prefs = this.webPreferences;
    const runsPreload = prefs.preload !== undefined && (parent === null || prefs.nodeIntegrationInSubFrames === true);
    if (runsPreload && prefs.sandbox !== true) notModelled('preloads of unsandboxed windows');
    const world = runsPreload ? runPreload(prefs.preload!, ipc, prefs.contextIsolation !== false) : { exposed: {} };
    return { frame, world, ipc };
  }

  /** The main frame's page world (what the renderer's code sees as `window`). */
  get mainWorld(): PageWorld | undefined {
    return this.mainFrame?.world;
  }

  /** A navigation the page itself starts: `will-navigate` may cancel it, as the navigation guard does. */
  rendererNavigates(url: string): boolean {
    const event = new FakeEvent();
    this.emit('will-navigate', event, url);
    return !event.defaultPrevented;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
}

/** The registry of open windows, shared by the class and the app's quit. */
export class WindowRegistry {
  readonly open: FakeBrowserWindow[] = [];
  focused: FakeBrowserWindow | null = null;

  closeAllForQuit(): boolean {
    for (const window of [...this.open]) {
      if (!window.closeForQuit()) return false;
    }
    return true;
  }
}

/** Creates the `BrowserWindow` class bound to one fake app. */
export function createBrowserWindowClass(app: FakeApp, registry: WindowRegistry, deps: { protocol: FakeProtocol; ipcMain: FakeIpcMain }) {
  return class BrowserWindow extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions = {}) {
      if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
      super(options, new FakeWebContents(options.webPreferences ?? {}, deps), registry, app);
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
      app.emit('browser-window-created', new FakeEvent(), this);
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return [...registry.open];
    }

    static getFocusedWindow(): FakeBrowserWindow | null {
      return registry.focused;
    }

    static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
      return registry.open.find((w) => w.webContents === contents) ?? null;
    }
  };
}

/** One fake window. */
export class FakeBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  private visible = false;
  private maximized = false;
  private destroyed = false;
  private readonly bounds: Rectangle;

  constructor(
    readonly options: BrowserWindowConstructorOptions,
    readonly webContents: FakeWebContents,
    private readonly registry: WindowRegistry,
    private readonly app: FakeApp,
  ) {
    super();
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.bounds = { x: options.x ?? Math.round((1920 - width) / 2), y: options.y ?? Math.round((1040 - height) / 2), width, height };
    this.visible = options.show !== false;
    registry.open.push(this);
    webContents.once('did-finish-load', () => this.emit('ready-to-show'));
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.visible = true;
    this.registry.focused = this;
    this.emit('show');
  }

  isVisible(): boolean {
    return this.visible;
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The user closes the window: `close` may cancel; the last one closing quits unless the app listens. */
  close(): void {
    if (!this.closeForQuit()) return;
    if (this.registry.open.length > 0) return;
    if (this.app.listenerCount('window-all-closed') > 0) this.app.emit('window-all-closed', new FakeEvent());
    else this.app.quit();
  }

  /** Closing as part of a quit: `close` may still cancel it; no `window-all-closed`. */
  closeForQuit(): boolean {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.registry.open.splice(this.registry.open.indexOf(this), 1);
    if (this.registry.focused === this) this.registry.focused = null;
    this.webContents.destroy();
    this.emit('closed');
  }
}
