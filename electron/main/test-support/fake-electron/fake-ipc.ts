/**
 * IPC as Electron does it: `ipcMain.handle` (one handler per channel), `ipcRenderer.invoke` with
 * every argument and result copied by structured clone, and an event naming the sending frame.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { EventEmitter } from 'node:events';

/** The frame a message comes from (the part of WebFrameMain the router reads). */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  routingId: number;
  processId: number;
}

/** What `ipcMain.handle` listeners receive. */
export interface FakeInvokeEvent {
  sender: EventEmitter & { id: number };
  senderFrame: FakeFrame | null;
  frameId: number;
  processId: number;
  type: 'frame';
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** The event Electron builds for a message from `frame` of `sender`. */
export function invokeEvent(sender: EventEmitter & { id: number }, frame: FakeFrame): FakeInvokeEvent {
  const event: FakeInvokeEvent = {
    sender,
    senderFrame: frame,
    frameId: frame.routingId,
    processId: frame.processId,
    type: 'frame',
    defaultPrevented: false,
    preventDefault: () => (event.defaultPrevented = true),
  };
  return event;
}

/** Electron's listener type; the fake passes a {@link FakeInvokeEvent}, the part of the event it models. */
type InvokeListener = (event: IpcMainInvokeEvent, ...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any -- Electron's own signature

/** The fake `ipcMain`. */
export class FakeIpcMain extends EventEmitter implements Pick<IpcMain, 'handle' | 'handleOnce' | 'removeHandler'> {
  private readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  handleOnce(channel: string, listener: InvokeListener): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What `ipcRenderer.invoke` does on the main side: copy in, run the handler, copy out. */
  async _invoke(event: FakeInvokeEvent, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    try {
      return structuredClone(await handler(event as unknown as IpcMainInvokeEvent, ...structuredClone(args)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
    }
  }
}

/** The renderer side of one frame: `ipcRenderer` as a sandboxed preload gets it. */
export function createIpcRenderer(ipcMain: FakeIpcMain, event: FakeInvokeEvent) {
  const listeners = new EventEmitter();
  return {
    /** Messages `webContents.send` delivers to this frame. */
    _deliver(channel: string, args: unknown[]): void {
      listeners.emit(channel, { sender: null, senderId: 0 }, ...structuredClone(args));
    },
    invoke: (channel: string, ...args: unknown[]) => ipcMain._invoke(event, channel, args),
    on(channel: string, listener: (...args: unknown[]) => void) {
      listeners.on(channel, listener);
      return this;
    },
    once(channel: string, listener: (...args: unknown[]) => void) {
      listeners.once(channel, listener);
      return this;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      listeners.removeListener(channel, listener);
      return this;
    },
    removeAllListeners(channel?: string) {
      listeners.removeAllListeners(channel);
      return this;
    },
    listenerCount: (channel: string) => listeners.listenerCount(channel),
  };
}

/** A frame's `ipcRenderer`. */
export type FakeIpcRenderer = ReturnType<typeof createIpcRenderer>;
