/** The main window's remembered size and position, kept sane when a display went away. */
import { windowStateSchema, type WindowState } from '../../shared/model/window-state';
import type { DocumentDefinition } from '../services/store/document-store';

export type { WindowState } from '../../shared/model/window-state';

/** The window a first-time user gets. */
export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

/** `window-state.json`: version 1 wrapped what `electron-store` wrote in Shoreline 0.1. */
export const windowStateDocument: DocumentDefinition<WindowState> = {
  file: 'window-state.json',
  label: 'the window’s size and position',
  schema: windowStateSchema,
  migrations: [(v0) => v0],
  defaults: () => ({ ...defaultWindowState }),
};

/** A display's usable area. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Keeps the saved position only if the window would still be visible on one of `displays`. */
export function restoreWindowState(saved: Partial<WindowState>, displays: readonly Area[]): WindowState {
  const width = Math.max(900, Math.round(saved.width ?? defaultWindowState.width));
  const height = Math.max(560, Math.round(saved.height ?? defaultWindowState.height));
  const state: WindowState = { width, height, maximized: saved.maximized === true };
  const { x, y } = saved;
  if (typeof x !== 'number' || typeof y !== 'number') return state;
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 100);
  return visible ? { ...state, x, y } : state;
}
