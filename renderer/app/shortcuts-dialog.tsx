/** Help › Keyboard Shortcuts. */
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Box from '@mui/material/Box';
import { shortcuts } from './shortcuts';

/** The list of keyboard shortcuts. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">Keyboard shortcuts</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {shortcuts.map((s) => (
              <TableRow key={s.keys}>
                <TableCell sx={{ width: 130, borderBottom: 'none', py: 0.75 }}>
                  <Box component="kbd" sx={{ fontFamily: 'inherit', px: 0.75, py: 0.25, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover', fontSize: 12 }}>
                    {s.keys}
                  </Box>
                </TableCell>
                <TableCell sx={{ borderBottom: 'none', py: 0.75 }}>{s.action}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
