/** `window-state.json`: where the desktop window was. Version 1 wrapped what `electron-store` wrote in Shoreline 0.1. */
import { windowStateSchema, type WindowState } from '../../../shared/model/window-state';
import type { DocumentDefinition } from '../store/document-store';

/** The window a first-time user gets. */
export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

/** The window-state document (kept here, beside the other documents, so the command line and tests can read it too). */
export const windowStateDocument: DocumentDefinition<WindowState> = {
  file: 'window-state.json',
  label: 'the window’s size and position',
  schema: windowStateSchema,
  migrations: [(v0) => v0],
  defaults: () => ({ ...defaultWindowState }),
};
