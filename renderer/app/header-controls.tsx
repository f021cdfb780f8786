/**
 * The header's buttons: the theme menu and the keyboard help. They come after the first frame (see
 * AppShell) and load then, so their menu and tooltip machinery is not in the first screen's scripts.
 */
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { ThemeChoice } from '../../shared/contract/settings';
import { ThemeMenu, type AutoUpdateSwitch } from './theme-menu';

interface HeaderControlsProps {
  theme: ThemeChoice;
  onTheme(theme: ThemeChoice): void;
  autoUpdate: AutoUpdateSwitch | undefined;
  onHelp(): void;
}

/** Theme and help, at the header's right end. */
export function HeaderControls({ theme, onTheme, autoUpdate, onHelp }: HeaderControlsProps) {
  return (
    <>
      <ThemeMenu choice={theme} onChoose={onTheme} autoUpdate={autoUpdate} />
      <Tooltip title="Keyboard shortcuts">
        <IconButton aria-label="Keyboard shortcuts" size="small" onClick={onHelp}>
          <HelpOutlineOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
    </>
  );
}
