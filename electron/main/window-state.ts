/** The main window's remembered size and position, kept sane when a display went away. */
import type { WindowState } from '../../shared/model/window-state';
import { defaultWindowState } from '../services/app/window-state-document';

export type { WindowState } from '../../shared/model/window-state';
export { defaultWindowState, windowStateDocument } from '../services/app/window-state-document';

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
