/**
 * A polite live region for the whole window: what screen-reader users hear when something finishes
 * without focus moving there ("200 OK, 12 items, 9 ms"). One region, present from the start, since a
 * region inserted together with its words is often not read. The same words twice are read twice.
 */
import Box from '@mui/material/Box';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { visuallyHidden } from './visually-hidden';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/** Holds the live region and lets everything below it announce. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    // Emptied first, then filled a moment later, so a repeated message is a change a screen reader reads.
    setMessage('');
    timer.current = setTimeout(() => setMessage(next), 60);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <Box role="status" aria-live="polite" aria-atomic="true" data-testid="announcer" sx={visuallyHidden}>
        {message}
      </Box>
    </AnnounceContext.Provider>
  );
}

/** The function that announces a message in the window's live region. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
