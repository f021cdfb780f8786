/** The frame every parameter helper opens in: a titled popover with a short explanation and Done. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A popover anchored on the helper button. */
export function HelperPopover(props: { anchor: HTMLElement | null; onClose(): void; title: string; hint?: ReactNode; children: ReactNode; footer?: ReactNode; testId: string }) {
  return (
    <Popover open={props.anchor !== null} anchorEl={props.anchor} onClose={props.onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { sx: { width: 460, maxHeight: 520, display: 'flex', flexDirection: 'column' }, 'data-testid': props.testId, role: 'dialog', 'aria-label': props.title } as object }}>
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="subtitle2">{props.title}</Typography>
        {props.hint && <Typography variant="caption" color="textSecondary" component="div">{props.hint}</Typography>}
      </Box>
      {/* Room above the first field, so its floating label is not cut by the scrolling edge. */}
      <Box data-testid="helper-content" sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 2, pt: 1.5 }}>{props.children}</Box>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', px: 2, py: 1, borderTop: 1, borderColor: 'divider' }}>
        {props.footer}
        <Button variant="contained" size="small" onClick={props.onClose}>Done</Button>
      </Box>
    </Popover>
  );
}
