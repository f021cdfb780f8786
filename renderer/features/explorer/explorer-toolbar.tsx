/** The explorer's search field and Import button. */
import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import OutlinedInput from '@mui/material/OutlinedInput';
import { forwardRef, lazy, startTransition, Suspense, useState } from 'react';
import { pluralItems } from '../../components/format/quantities';
import { useOnceTrue } from '../../components/hooks/use-once-true';

// Not on the first screen: the menu (with MUI's popover machinery) loads when pointed at or first pressed.
const loadImportMenu = () => import('./import-menu');
const ImportMenu = lazy(() => loadImportMenu().then((m) => ({ default: m.ImportMenu })));

interface ToolbarProps {
  /** The search text changed; called inside a transition (see {@link SearchField}). */
  onQuery(query: string): void;
  operationCount: number;
  onPickFile(): void;
  onPickUrl(): void;
  /** Enter in the search box: open the first match of `query` (the text as typed, which the list may not show yet). */
  onEnter(query: string): void;
  /** ↓ in the search box: go down into the list. */
  onArrowDown(): void;
}

type SearchFieldProps = Pick<ToolbarProps, 'onQuery' | 'operationCount' | 'onEnter' | 'onArrowDown'>;

const searchIcon = <InputAdornment position="start"><Search fontSize="small" /></InputAdornment>;

/**
 * The search box keeps its text in the input element itself (uncontrolled): a keystroke renders
 * nothing at once, and the text goes to the explorer in a transition, which React renders at a lower
 * priority and in slices. The key's own task stays small, so its frame is painted without waiting
 * for the search and the list. It is an OutlinedInput, as a TextField without a label draws: the
 * TextField would bring MUI's Select and every input variant into the first screen's scripts.
 */
const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField({ onQuery, operationCount, onEnter, onArrowDown }, ref) {
  const search = (text: string) => startTransition(() => onQuery(text));
  return (
    <OutlinedInput
      inputRef={ref}
      size="small"
      fullWidth
      defaultValue=""
      onChange={(e) => search(e.target.value)}
      onKeyDown={(e) => {
        const input = e.target as HTMLInputElement;
        if (e.key === 'Escape') {
          input.value = '';
          search('');
        } else if (e.key === 'Enter') onEnter(input.value);
        else if (e.key === 'ArrowDown') onArrowDown();
        else return;
        e.preventDefault();
      }}
      placeholder={operationCount ? `Search ${pluralItems(operationCount, 'endpoint')}` : 'Search endpoints'}
      inputProps={{ 'aria-label': 'Search endpoints', 'aria-keyshortcuts': 'Control+K', 'data-region-focus': true }}
      startAdornment={searchIcon}
    />
  );
});

/** Search (Ctrl K focuses it; Enter opens the first match, ↓ goes to the list) and the import menu. */
export const ExplorerToolbar = forwardRef<HTMLInputElement, ToolbarProps>(function ExplorerToolbar({ onQuery, operationCount, onPickFile, onPickUrl, onEnter, onArrowDown }, ref) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuWanted = useOnceTrue(anchor !== null);
  return (
    <Box sx={{ display: 'flex', gap: 1, p: 1, borderBottom: 1, borderColor: 'divider' }}>
      <SearchField ref={ref} onQuery={onQuery} operationCount={operationCount} onEnter={onEnter} onArrowDown={onArrowDown} />
      <Button variant="outlined" size="small" startIcon={<Add />} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}
        onPointerEnter={() => void loadImportMenu()} onFocus={() => void loadImportMenu()} sx={{ flexShrink: 0 }}>
        Import
      </Button>
      {menuWanted && (
        <Suspense fallback={null}>
          <ImportMenu anchor={anchor} onClose={() => setAnchor(null)} onPickFile={onPickFile} onPickUrl={onPickUrl} />
        </Suspense>
      )}
    </Box>
  );
});
