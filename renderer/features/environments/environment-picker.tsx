/** The header's environment switch: the active environment's name, every other one, and the two "Manage…" entries. */
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Environment } from '../../../shared/contract/environments';
import { EnvironmentLabel } from './environment-badge';

interface EnvironmentPickerProps {
  environments: Environment[];
  active: Environment | undefined;
  onChoose: (id: string) => void;
  onManageEnvironments: () => void;
  onManageConnections: () => void;
  compact?: boolean;
}

/** A button showing the active environment, opening a menu of all of them. */
export function EnvironmentPicker({ environments, active, onChoose, onManageEnvironments, onManageConnections, compact }: EnvironmentPickerProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const then = (action: () => void) => () => {
    close();
    action();
  };
  return (
    <>
      <Button
        data-testid="environment-picker"
        aria-label={active ? `Environment: ${active.name}` : 'Choose an environment'}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        color="inherit"
        variant="outlined"
        size="small"
        endIcon={<ExpandMoreOutlined />}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ borderColor: 'divider', maxWidth: compact ? 200 : 300, minWidth: 0, fontWeight: 400, '& .MuiButton-endIcon': { ml: 0.5 } }}
      >
        {active ? (
          <EnvironmentLabel environment={active} bold />
        ) : (
          <Typography variant="body2" color="textSecondary" noWrap>
            Choose an environment
          </Typography>
        )}
      </Button>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { minWidth: 300, maxWidth: 420 } }, list: { 'aria-label': 'Environments', dense: true } }}
      >
        {/* A menu holds menu items only; its heading is shown, and named by the menu's label for screen readers. */}
        <ListSubheader role="presentation" aria-hidden sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>Environments</ListSubheader>
        {environments.map((environment) => (
          <MenuItem
            key={environment.id}
            selected={environment.id === active?.id}
            data-environment-name={environment.name}
            onClick={then(() => onChoose(environment.id))}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <EnvironmentLabel environment={environment} />
              <Typography variant="caption" color="textSecondary" noWrap component="div" sx={{ pl: 1.75 }}>
                {environment.variables.baseUrl || 'No base URL yet'}
              </Typography>
            </Box>
            <Box sx={{ width: 24, display: 'flex', justifyContent: 'flex-end', color: 'primary.main' }}>
              {environment.id === active?.id && <CheckOutlined fontSize="small" aria-label="Active" />}
            </Box>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={then(onManageEnvironments)}>
          <ListItemIcon>
            <TuneOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>Manage environments…</ListItemText>
        </MenuItem>
        <MenuItem onClick={then(onManageConnections)}>
          <ListItemIcon>
            <KeyOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>Manage connections…</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
