/** Words for screen readers only: read as part of the text around them, invisible on screen. */
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** The usual clip pattern: the element keeps its place in the accessibility tree but takes no room. */
export const visuallyHidden = { border: 0, clip: 'rect(0 0 0 0)', height: '1px', margin: '-1px', overflow: 'hidden', padding: 0, position: 'absolute', whiteSpace: 'nowrap', width: '1px' } as const;

/** Text only a screen reader reads, e.g. "Open " before a history row's visible words. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={visuallyHidden}>
      {children}
    </Box>
  );
}
