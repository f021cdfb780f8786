/** The explorer's search field and Import button. */
import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { forwardRef, useState } from 'react';
import { pluralItems } from '../../components/format/quantities';

interface ToolbarProps {
  query: string;
  onQuery(query: string): void;
  operationCount: number;
  onPickFile(): void;
  onPickUrl(): void;
  /** Enter in the search box: open the first match. */
  onEnter(): void;
  /** ↓ in the search box: go down into the list. */
  onArrowDown(): void;
}

/** Search (Ctrl K focuses it; Enter opens the first match, ↓ goes to the list) and the import menu. */
export const ExplorerToolbar = forwardRef<HTMLInputElement, ToolbarProps>(function ExplorerToolbar({ query, onQuery, operationCount, onPickFile, onPickUrl, onEnter, onArrowDown }, ref) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <Box sx={{ display: 'flex', gap: 1, p: 1, borderBottom: 1, borderColor: 'divider' }}>
      <TextField
        inputRef={ref}
        size="small"
        fullWidth
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onQuery('');
          else if (e.key === 'Enter') onEnter();
          else if (e.key === 'ArrowDown') onArrowDown();
          else return;
          e.preventDefault();
        }}
        placeholder={operationCount ? `Search ${pluralItems(operationCount, 'endpoint')}` : 'Search endpoints'}
        slotProps={{
          htmlInput: { 'aria-label': 'Search endpoints', 'aria-keyshortcuts': 'Control+K', 'data-region-focus': true },
          input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
        }}
      />
      <Button variant="outlined" size="small" startIcon={<Add />} onClick={(e) => setAnchor(e.currentTarget)} sx={{ flexShrink: 0 }}>
        Import
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => (setAnchor(null), onPickFile())}>From a file…</MenuItem>
        <MenuItem onClick={() => (setAnchor(null), onPickUrl())}>From a URL…</MenuItem>
      </Menu>
    </Box>
  );
});
