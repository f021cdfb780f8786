/** Help › Keyboard Shortcuts: every shortcut, by where it works; closes with Esc or Close. */
import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { shortcutGroups } from './shortcuts';

/** The list of keyboard shortcuts. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="shortcuts-title" scroll="paper">
      <DialogTitle id="shortcuts-title" sx={{ pr: 6 }}>
        Keyboard shortcuts
        <IconButton aria-label="Close shortcuts" onClick={onClose} size="small" sx={{ position: 'absolute', right: 12, top: 12 }}>
          <Close fontSize="small" />
        </IconButton>
      </DialogTitle>
      {/* The list scrolls, so it is focusable: the keyboard can scroll it too. */}
      <DialogContent dividers tabIndex={0} aria-labelledby="shortcuts-title">
        {shortcutGroups.map((group) => (
          <Box key={group.title} component="section" aria-labelledby={`shortcuts-${group.title.replace(/\W+/g, '-')}`} sx={{ mb: 2, '&:last-child': { mb: 0 } }}>
            <Typography variant="subtitle2" component="h3" id={`shortcuts-${group.title.replace(/\W+/g, '-')}`} sx={{ mb: 0.5 }}>
              {group.title}
            </Typography>
            <Table size="small" aria-labelledby={`shortcuts-${group.title.replace(/\W+/g, '-')}`}>
              <TableBody>
                {group.shortcuts.map((s) => (
                  <TableRow key={`${s.keys} ${s.action}`}>
                    <TableCell component="th" scope="row" sx={{ width: 150, borderBottom: 'none', py: 0.5, pl: 0 }}>
                      <Box component="kbd" sx={{ fontFamily: 'inherit', px: 0.75, py: 0.25, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover', fontSize: 12, whiteSpace: 'nowrap' }}>
                        {s.keys}
                      </Box>
                    </TableCell>
                    <TableCell sx={{ borderBottom: 'none', py: 0.5 }}>{s.action}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
