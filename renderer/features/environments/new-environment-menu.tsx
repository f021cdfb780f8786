/** "New environment": a menu of the GreenLake presets by product and region, or a blank one. */
import AddOutlined from '@mui/icons-material/AddOutlined';
import InsertDriveFileOutlined from '@mui/icons-material/InsertDriveFileOutlined';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useEffect, useRef, useState } from 'react';
import { monoFont } from '../../components/theme/tokens';
import { VisuallyHidden } from '../../components/visually-hidden';
import { presetGroups } from './preset-groups';

const groups = presetGroups();

/** The button and its menu; `onCreate(undefined)` means a blank environment. */
export function NewEnvironmentMenu({ onCreate, disabled, openAtStart }: { onCreate: (presetId: string | undefined) => void; disabled?: boolean; openAtStart?: boolean | undefined }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (openAtStart) setAnchor(button.current);
  }, [openAtStart]);
  const pick = (presetId: string | undefined) => {
    setAnchor(null);
    onCreate(presetId);
  };
  return (
    <>
      <Button
        ref={button}
        fullWidth
        variant="contained"
        startIcon={<AddOutlined />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(e) => setAnchor(e.currentTarget)}
        disabled={disabled}
      >
        New environment
      </Button>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { maxHeight: 520, minWidth: 340 } }, list: { 'aria-label': 'New environment from', dense: true } }}
      >
        {groups.flatMap((group) => [
          // Group headings are for the eye; each item's name carries its product for screen readers.
          <ListSubheader key={group.title} role="presentation" aria-hidden sx={{ lineHeight: '30px', fontWeight: 700 }}>
            {group.title}
          </ListSubheader>,
          ...group.presets.map((preset) => (
            <MenuItem key={preset.id} onClick={() => pick(preset.id)}>
              <ListItemText
                primary={<><VisuallyHidden>{group.title}: </VisuallyHidden>{preset.label}</>}
                secondary={preset.baseUrl}
                slotProps={{ secondary: { sx: { fontFamily: monoFont, fontSize: 11 } } }}
              />
            </MenuItem>
          )),
        ])}
        <Divider />
        <MenuItem onClick={() => pick(undefined)}>
          <ListItemIcon>
            <InsertDriveFileOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Blank environment" secondary="Type your own base URL" />
        </MenuItem>
      </Menu>
    </>
  );
}
