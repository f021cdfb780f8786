/** Global keyboard shortcuts (the list the help dialog shows lives in shortcuts.ts). */
import { useEffect } from 'react';
import { isMac } from '../components/platform';

/** Actions the global shortcuts trigger. */
export interface ShortcutActions {
  showHelp(): void;
  showTab(index: number): void;
  toggleTheme(): void;
}

/** Listens for the global shortcuts while mounted. */
export function useShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey) return;
      if (event.key === '/') actions.showHelp();
      else if (['1', '2', '3'].includes(event.key) && !event.shiftKey) actions.showTab(Number(event.key) - 1);
      else if (event.shiftKey && event.key.toLowerCase() === 'l') actions.toggleTheme();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
