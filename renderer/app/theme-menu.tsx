/**
 * The header's theme switch: follow the system, or always light, or always dark. In the desktop app
 * it also holds the automatic-updates switch (the app's only other preference).
 */
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import CheckBoxOutlineBlankOutlined from '@mui/icons-material/CheckBoxOutlineBlankOutlined';
import CheckBoxOutlined from '@mui/icons-material/CheckBoxOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import type { ThemeChoice } from '../../shared/contract/settings';

const choices: { value: ThemeChoice; label: string; icon: React.ReactNode }[] = [
  { value: 'system', label: 'Match my system', icon: <SettingsBrightnessOutlined fontSize="small" /> },
  { value: 'light', label: 'Light', icon: <LightModeOutlined fontSize="small" /> },
  { value: 'dark', label: 'Dark', icon: <DarkModeOutlined fontSize="small" /> },
];

/** The automatic-updates switch, where the host updates itself. */
export interface AutoUpdateSwitch {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** An icon button opening the three theme choices (and, in the desktop app, automatic updates). */
export function ThemeMenu({ choice, onChoose, autoUpdate }: { choice: ThemeChoice; onChoose: (choice: ThemeChoice) => void; autoUpdate?: AutoUpdateSwitch }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = choices.find((c) => c.value === choice) ?? choices[0]!;
  return (
    <>
      <Tooltip title={`Theme: ${current.label}`}>
        <IconButton aria-label="Theme" onClick={(e) => setAnchor(e.currentTarget)} size="small">
          {current.icon}
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {choices.map((c) => (
          <MenuItem
            key={c.value}
            selected={c.value === choice}
            onClick={() => {
              onChoose(c.value);
              setAnchor(null);
            }}
          >
            <ListItemIcon>{c.icon}</ListItemIcon>
            {c.label}
          </MenuItem>
        ))}
        {autoUpdate && <Divider />}
        {autoUpdate && (
          <MenuItem role="menuitemcheckbox" aria-checked={autoUpdate.on} onClick={() => autoUpdate.onChange(!autoUpdate.on)}>
            <ListItemIcon>{autoUpdate.on ? <CheckBoxOutlined fontSize="small" /> : <CheckBoxOutlineBlankOutlined fontSize="small" />}</ListItemIcon>
            <ListItemText primary="Update automatically" secondary="New versions install when you quit" />
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
