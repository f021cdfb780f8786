/** The "Columns" popover: tick the columns to show, search among many, or go back to the defaults. */
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { monoFont } from '../../../components/theme/tokens';
import { matchColumns, showAllColumns, toggleColumn } from './column-state';

interface ColumnChooserProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  all: readonly string[];
  defaults: readonly string[];
  visible: readonly string[];
  onChange: (visible: string[]) => void;
}

/** The column chooser, anchored under its button. */
export function ColumnChooser({ anchor, onClose, all, defaults, visible, onChange }: ColumnChooserProps) {
  const [search, setSearch] = useState('');
  const shown = matchColumns(all, search);
  return (
    <Popover
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { 'data-testid': 'column-chooser', sx: { width: 320, border: 1, borderColor: 'divider', boxShadow: 6 } } as object }}
    >
      <Box sx={{ p: 1.5, pb: 1, display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Typography variant="subtitle2">Columns to show</Typography>
        <TextField
          size="small"
          placeholder="Search columns"
          value={search}
          autoFocus
          onChange={(e) => setSearch(e.target.value)}
          slotProps={{ htmlInput: { 'aria-label': 'Search columns' }, input: { startAdornment: <InputAdornment position="start"><SearchOutlined fontSize="small" /></InputAdornment> } }}
        />
      </Box>
      <Box sx={{ maxHeight: 340, overflow: 'auto', px: 1.5 }}>
        {shown.length === 0 && (
          <Typography variant="body2" color="textSecondary" sx={{ py: 2, textAlign: 'center' }}>
            No column matches “{search}”.
          </Typography>
        )}
        {shown.map((column) => (
          <FormControlLabel
            key={column}
            sx={{ display: 'flex', mr: 0, '& .MuiFormControlLabel-label': { fontFamily: monoFont, fontSize: 12.5, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
            control={<Checkbox size="small" checked={visible.includes(column)} onChange={() => onChange(toggleColumn(visible, column))} />}
            label={column}
          />
        ))}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 1.5, pt: 1, borderTop: 1, borderColor: 'divider' }}>
        <Typography variant="caption" color="textSecondary" sx={{ flex: 1 }}>
          {visible.length} of {all.length} shown
        </Typography>
        <Button size="small" onClick={() => onChange(showAllColumns(visible, all))}>Show all</Button>
        <Button size="small" variant="outlined" onClick={() => onChange([...defaults])}>Reset</Button>
      </Box>
    </Popover>
  );
}
