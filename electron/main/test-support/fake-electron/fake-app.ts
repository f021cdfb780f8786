/**
 * The fake `app`: the lifecycle Electron drives (ready, then before-quit → windows close →
 * will-quit → quit, each preventable as in Electron), paths, name and version. The test harness
 * plays the part of Electron's C++ side through the `_` methods.
 */
import type { App } from 'electron';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeEvent } from './fake-event';

/** What closing windows during a quit needs from the window registry. */
export interface WindowCloser {
  /** Closes every window as a quit does; false when one refused (its `close` was prevented). */
  closeAllForQuit(): boolean;
}

type Modelled = 'whenReady' | 'isReady' | 'getPath' | 'setPath' | 'getVersion' | 'getName' | 'setName' | 'getAppPath' | 'quit' | 'exit';

/** The fake `app` object. */
export class FakeApp extends EventEmitter implements Pick<App, Modelled> {
  isPackaged = false;
  private ready = false;
  private readonly readyWaiters: Array<() => void> = [];
  private version = '0.0.0';
  private appName = 'Electron';
  private readonly paths = new Map<string, string>();
  private appPath = process.cwd();
  private quitting = false;
  private terminated = false;
  /** Called once when the process would end, with its exit code. */
  onTerminate: (code: number) => void = () => undefined;

  constructor(private readonly windows: WindowCloser) {
    super();
    const appData = process.platform === 'darwin' ? join(homedir(), 'Library', 'Application Support') : join(homedir(), '.config');
    this.paths.set('home', homedir()).set('appData', appData).set('temp', tmpdir()).set('downloads', join(homedir(), 'Downloads'));
  }

  get name(): string {
    return this.appName;
  }

  set name(name: string) {
    this.setName(name);
  }

  getName(): string {
    return this.appName;
  }

  setName(name: string): void {
    this.appName = name;
    this.paths.set('userData', join(this.paths.get('appData')!, name));
  }

  getVersion(): string {
    return this.version;
  }

  /** What Electron does with package.json's version at start (not public API). */
  setVersion(version: string): void {
    this.version = version;
  }

  getAppPath(): string {
    return this.appPath;
  }

  /** What Electron does with the app folder at start (not public API). */
  setAppPath(path: string): void {
    this.appPath = path;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  getPath(name: Parameters<App['getPath']>[0]): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    // Electron: "If the path specifies a directory that does not exist, an Error is thrown".
    if (!existsSync(path)) throw new Error(`Failed to set path: ${path} does not exist`);
    this.paths.set(name, path);
  }

  /** Starts quitting: before-quit now; windows close and will-quit follow on a later turn, as in Electron. */
  quit(): void {
    if (this.terminated || this.quitting) return;
    const beforeQuit = new FakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    setImmediate(() => {
      this.quitting = false;
      if (!this.windows.closeAllForQuit()) return;
      const willQuit = new FakeEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.emit('quit', new FakeEvent(), 0);
      this.terminate(0);
    });
  }

  /** Ends at once: no before-quit, no will-quit (Electron's documented behaviour). */
  exit(code = 0): void {
    this.terminate(code);
  }

  /** True once the process would have ended. */
  get hasTerminated(): boolean {
    return this.terminated;
  }

  /** Electron finished starting: `ready` fires and `whenReady()` resolves. */
  _emitReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', new FakeEvent(), {});
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private terminate(code: number): void {
    if (this.terminated) return;
    this.terminated = true;
    this.onTerminate(code);
  }
}
