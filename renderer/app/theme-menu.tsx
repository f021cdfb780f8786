/** The header's theme switch: follow the system, or always light, or always dark. */
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
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

/** An icon button opening the three theme choices. */
export function ThemeMenu({ choice, onChoose }: { choice: ThemeChoice; onChoose: (choice: ThemeChoice) => void }) {
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
      </Menu>
    </>
  );
}
