/** Ctrl/⌘ Enter sends the open request. */
import { useEffect, useRef } from 'react';
import { isMac } from '../../components/platform';

/** Calls the latest `send` on Ctrl/⌘ Enter while mounted. */
export function useSendShortcut(send: () => void): void {
  const latest = useRef(send);
  useEffect(() => {
    latest.current = send;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((isMac ? e.metaKey : e.ctrlKey) && e.key === 'Enter') {
        e.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
