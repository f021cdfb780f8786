/** The keyboard shortcuts Shoreline answers to, listed once for the help dialog and the key handler. */
import { isMac } from '../components/platform';

/** One shortcut: its keys as shown, and what it does. */
export interface Shortcut {
  keys: string;
  action: string;
}

const mod = isMac ? '⌘' : 'Ctrl';

/** Every shortcut, in the order the help dialog lists them. */
export const shortcuts: Shortcut[] = [
  { keys: `${mod} /`, action: 'Show this list of shortcuts' },
  { keys: `${mod} 1`, action: 'Show the Explorer' },
  { keys: `${mod} 2`, action: 'Show Collections' },
  { keys: `${mod} 3`, action: 'Show History' },
  { keys: `${mod} K`, action: 'Search the endpoints' },
  { keys: `${mod} Enter`, action: 'Send the open request' },
  { keys: `${mod} Shift L`, action: 'Switch between light and dark theme' },
];
