/**
 * The tab keys: Ctrl/⌘ S saves, Ctrl/⌘ Shift S saves as, Ctrl/⌘ W closes, Ctrl/⌘ N opens a new
 * request, Ctrl Tab / Ctrl Shift Tab (and Ctrl PageDown / PageUp) switch. A browser keeps Ctrl W, N
 * and Tab for itself, so the web version also answers to Alt W, Alt N and Alt PageDown / PageUp. The
 * desktop app's File menu asks for the same actions.
 */
import { useEffect, useRef } from 'react';
import type { MenuAction } from '../../../shared/contract/app';
import { isMac } from '../../components/platform';
import { useHost } from '../../host/host-context';

/** What the keys do. */
export interface TabKeyActions {
  save(): void;
  saveAs(): void;
  close(): void;
  newRequest(): void;
  cycle(step: 1 | -1): void;
}

/** Which action a key press asks for, if any. */
export function tabKeyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac = isMac): MenuAction | 'next' | 'previous' | undefined {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const key = event.key.toLowerCase();
  if (event.ctrlKey && !event.altKey && key === 'tab') return event.shiftKey ? 'previous' : 'next';
  if ((mod || event.altKey) && !(mod && event.altKey) && (key === 'pagedown' || key === 'pageup')) return key === 'pagedown' ? 'next' : 'previous';
  if (mod && !event.altKey) {
    if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
    if (key === 'w' && !event.shiftKey) return 'closeTab';
    if (key === 'n' && !event.shiftKey) return 'newRequest';
  }
  if (event.altKey && !mod && !event.shiftKey) {
    if (key === 'w') return 'closeTab';
    if (key === 'n') return 'newRequest';
  }
  return undefined;
}

/** Listens for the tab keys (and the File menu) while mounted. */
export function useTabShortcuts(actions: TabKeyActions): void {
  const host = useHost();
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const run = (action: MenuAction | 'next' | 'previous') => {
      const a = latest.current;
      if (action === 'save') a.save();
      else if (action === 'saveAs') a.saveAs();
      else if (action === 'closeTab') a.close();
      else if (action === 'newRequest') a.newRequest();
      else if (action === 'next') a.cycle(1);
      else if (action === 'previous') a.cycle(-1);
    };
    const onKey = (event: KeyboardEvent) => {
      const action = tabKeyAction(event);
      if (!action) return;
      // Not while a dialog is open: its own keys (and its Save button) are what counts there.
      if (document.activeElement?.closest('[role="dialog"]')) return;
      event.preventDefault();
      event.stopPropagation();
      run(action);
    };
    window.addEventListener('keydown', onKey, true);
    const stop = host.on('app.menuAction', ({ action }) => action !== 'shortcuts' && run(action));
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stop();
    };
  }, [host]);
}
