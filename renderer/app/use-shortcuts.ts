/** Global keyboard shortcuts (the list the help dialog shows lives in shortcuts.ts). */
import { useEffect } from 'react';
import { isMac } from '../components/platform';
import { cycleRegion } from '../components/regions';

/** Actions the global shortcuts trigger. */
export interface ShortcutActions {
  showHelp(): void;
  showTab(index: number): void;
  toggleTheme(): void;
  focusSearch(): void;
}

/** Listens for the global shortcuts while mounted. */
export function useShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // F6 / Shift+F6 move between the sidebar, the request and the answer; not out of an open dialog.
      if (event.key === 'F6' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (document.activeElement?.closest('[role="dialog"], [role="menu"], [role="listbox"]')) return;
        event.preventDefault();
        cycleRegion(event.shiftKey ? -1 : 1);
        return;
      }
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey) return;
      if (event.key === '/') actions.showHelp();
      else if (['1', '2', '3', '4'].includes(event.key) && !event.shiftKey) actions.showTab(Number(event.key) - 1);
      else if (event.shiftKey && event.key.toLowerCase() === 'l') actions.toggleTheme();
      else if (!event.shiftKey && event.key.toLowerCase() === 'k') actions.focusSearch();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [actions]);
}
