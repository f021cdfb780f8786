/** The Import button's menu: from a file or from a URL. Loaded when the button is first pressed. */
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

interface ImportMenuProps {
  anchor: HTMLElement | null;
  onClose(): void;
  onPickFile(): void;
  onPickUrl(): void;
}

/** The two ways in, under the Import button. */
export function ImportMenu({ anchor, onClose, onPickFile, onPickUrl }: ImportMenuProps) {
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      <MenuItem onClick={() => (onClose(), onPickFile())}>From a file…</MenuItem>
      <MenuItem onClick={() => (onClose(), onPickUrl())}>From a URL…</MenuItem>
    </Menu>
  );
}
