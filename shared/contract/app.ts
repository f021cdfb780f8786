/** Commands about the application itself: what it is and where it runs. */
import { z } from 'zod';
import { command, event } from './define';

/** Which host the renderer is talking to. */
export type HostKind = 'electron' | 'web';

/** What the current host can do, so the UI asks for capabilities rather than host names. */
export interface HostCapabilities {
  /** Native open/save dialogs are available (Electron). */
  nativeDialogs: boolean;
  /** The host can open a link in the system browser. */
  openExternal: boolean;
  /** The host updates itself from published releases (the desktop app), so the update setting applies. */
  selfUpdate: boolean;
}

/** Facts about the running application. */
export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  capabilities: HostCapabilities;
  /** Problems met at start-up (for example a damaged settings file kept aside). */
  startupProblems: string[];
}

/** The app domain of the contract. */
export const appCommands = {
  /** Name, version and host of the running app. */
  'app.info': command<AppInfo>()(z.object({}).strict()),
  /** Opens an https link in the system browser. */
  'app.openExternal': command<void>()(
    z.object({ url: z.url({ protocol: /^https$/, error: 'Only https links can be opened.' }) }).strict(),
  ),
};

/** A menu item the window carries out. */
export type MenuAction = 'shortcuts' | 'newRequest' | 'save' | 'saveAs' | 'closeTab';

/** Events of the app domain. */
export const appEvents = {
  /** The user chose a menu item that the window handles (Help › Keyboard Shortcuts, File › Save …). */
  'app.menuAction': event<{ action: MenuAction }>(),
};
