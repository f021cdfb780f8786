/** The keyboard shortcuts Shoreline answers to, listed once for the help dialog (the handlers live with what they act on). */
import { isMac } from '../components/platform';

/** One shortcut: its keys as shown, and what it does. */
export interface Shortcut {
  keys: string;
  action: string;
}

/** Shortcuts that belong together, under a heading. */
export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

const mod = isMac ? '⌘' : 'Ctrl';

/** Every shortcut, in the order the help dialog lists them. */
export const shortcutGroups: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: `${mod} /`, action: 'Show this list of shortcuts' },
      { keys: `${mod} K`, action: 'Search the endpoints' },
      { keys: 'F6', action: 'Move to the next area: sidebar, request, answer' },
      { keys: 'Shift F6', action: 'Move to the previous area' },
      { keys: `${mod} 1`, action: 'Show the Explorer' },
      { keys: `${mod} 2`, action: 'Show Collections' },
      { keys: `${mod} 3`, action: 'Show History' },
      { keys: `${mod} 4`, action: 'Show Watch (what your watches found)' },
      { keys: `${mod} Enter`, action: 'Send the open request' },
      { keys: `${mod} S`, action: 'Save the open request (into a collection the first time)' },
      { keys: `${mod} Shift S`, action: 'Save the open request as a new one' },
      { keys: `${mod} N  or  Alt N`, action: 'A new request' },
      { keys: `${mod} W  or  Alt W`, action: 'Close the open request (asks when it has unsaved changes)' },
      { keys: 'Ctrl Tab  or  Ctrl PageDown', action: 'The next open request' },
      { keys: 'Ctrl Shift Tab  or  Ctrl PageUp', action: 'The previous open request' },
      { keys: `${mod} Shift L`, action: 'Switch between light and dark theme' },
      { keys: 'Esc', action: 'Close a helper, menu or dialog' },
    ],
  },
  {
    title: 'Endpoint search and the Explorer',
    shortcuts: [
      { keys: 'Enter', action: 'In the search box: open the first match and go to its parameters' },
      { keys: '↓', action: 'In the search box: go down into the list' },
      { keys: 'Esc', action: 'In the search box: clear the search' },
      { keys: '↑ ↓', action: 'Previous or next row' },
      { keys: '→ ←', action: 'Open or close a group; move into it or up to its parent' },
      { keys: 'Home End', action: 'First or last row' },
      { keys: 'a–z', action: 'Jump to the next row starting with what you type' },
      { keys: 'Enter', action: 'Open the endpoint' },
      { keys: 'Shift F10', action: 'The API’s menu (problems, update, remove)' },
    ],
  },
  {
    title: 'Collections',
    shortcuts: [
      { keys: 'Enter', action: 'Open the saved request in a preview tab (a double click keeps it open)' },
      { keys: 'F2', action: 'Rename the collection, folder or request' },
      { keys: 'Alt ↑ ↓', action: 'Move it up or down among its neighbours' },
      { keys: 'Delete', action: 'Delete it (Undo in the message that follows)' },
      { keys: 'Shift F10', action: 'Its menu: new folder, settings, duplicate, move to…' },
    ],
  },
  {
    title: 'Parameters',
    shortcuts: [
      { keys: '↑ ↓', action: 'In a value box: the previous or next parameter' },
      { keys: 'Alt ↓', action: 'In a value box: open its helper (select, sort, filter) or its choices' },
      { keys: 'Enter', action: 'In “Find a field” of the select helper: tick the field' },
    ],
  },
];

/** Every shortcut in one list. */
export const shortcuts: Shortcut[] = shortcutGroups.flatMap((group) => group.shortcuts);
