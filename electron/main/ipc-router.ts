/**
 * Registers the contract on `ipcMain`: one channel, every call checked for its sender's origin and
 * dispatched through the same validating boundary as the web host. Events go to every app window.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { eventChannel, invokeChannel } from '../../shared/contract/bridge';
import { dispatch } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/index';
import type { EventBus } from '../services/events/event-bus';
import { isAppUrl } from './app-origin';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Routes contract calls to `handlers` and forwards `bus` events to the app's windows. */
export function registerIpc(handlers: Handlers, bus: EventBus): void {
  ipcMain.handle(invokeChannel, async (event, name: unknown, input: unknown) => {
    if (!trustedSender(event)) {
      return { ok: false, error: { code: 'forbidden', message: 'This call did not come from a Shoreline window.' } };
    }
    const controller = new AbortController();
    const abort = () => controller.abort();
    event.sender.once('destroyed', abort);
    try {
      return await dispatch(handlers, String(name), input, { signal: controller.signal });
    } finally {
      event.sender.removeListener('destroyed', abort);
    }
  });
  bus.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (isAppUrl(window.webContents.getURL())) window.webContents.send(eventChannel, name, payload);
    }
  });
}
