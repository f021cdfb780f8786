/** The left pane of the connections dialog: "Add connection" and every saved connection. */
import AddOutlined from '@mui/icons-material/AddOutlined';
import KeyOffOutlined from '@mui/icons-material/KeyOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Tooltip from '@mui/material/Tooltip';
import type { Connection } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../components/alerts/error-alert';
import type { Selection } from './use-connection-editor';

function where(connection: Connection): string {
  if (connection.kind === 'pasted-token') return 'Pasted token';
  try {
    return new URL(connection.tokenUrl).host;
  } catch {
    return connection.tokenUrl;
  }
}

interface ConnectionListProps {
  connections: Connection[] | undefined;
  error: AppError | undefined;
  selected: Selection;
  onSelect: (id: Selection) => void;
}

/** The list; the new, unsaved connection shows as a first item while it is being added. */
export function ConnectionList({ connections, error, selected, onSelect }: ConnectionListProps) {
  return (
    <>
      <Box sx={{ p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Button fullWidth variant="contained" startIcon={<AddOutlined />} onClick={() => onSelect('new')}>
          Add connection
        </Button>
      </Box>
      {error && <ErrorAlert error={error} sx={{ m: 1.5 }} />}
      <List aria-label="Connections" sx={{ flex: 1, overflow: 'auto', px: 1, py: 1 }}>
        {connections === undefined &&
          [0, 1, 2].map((i) => <Skeleton key={i} component="li" variant="rounded" height={48} sx={{ mb: 0.75 }} aria-hidden />)}
        {selected === 'new' && (
          <ListItem disablePadding>
            <ListItemButton selected aria-current="true" sx={{ borderRadius: 1, mb: 0.5 }}>
              <ListItemText primary="New connection" secondary="Not saved yet" slotProps={{ primary: { sx: { fontStyle: 'italic', fontWeight: 600 } } }} />
            </ListItemButton>
          </ListItem>
        )}
        {connections?.map((c) => (
          // The button's name is all it shows (name, where, "Built in"), so what is read is what is seen.
          <ListItem key={c.id} disablePadding>
            <ListItemButton
              selected={c.id === selected}
              data-connection-name={c.name}
              aria-current={c.id === selected ? 'true' : undefined}
              onClick={() => c.id !== selected && onSelect(c.id)}
              sx={{ borderRadius: 1, mb: 0.5, gap: 1 }}
            >
              <ListItemText
                primary={c.name}
                secondary={where(c)}
                slotProps={{ primary: { noWrap: true, sx: { fontWeight: 600 } }, secondary: { noWrap: true } }}
              />
              {c.builtIn && <Chip label="Built in" size="small" variant="outlined" sx={{ height: 20, fontSize: 11 }} />}
              {!c.hasSecret && (
                <Tooltip title={c.kind === 'pasted-token' ? 'No token stored' : 'No secret stored'}>
                  <KeyOffOutlined fontSize="small" color="warning" aria-label="No secret stored" />
                </Tooltip>
              )}
            </ListItemButton>
          </ListItem>
        ))}
        {connections?.length === 0 && selected !== 'new' && (
          <Box component="li" sx={{ p: 2, color: 'text.secondary', fontSize: 13, listStyle: 'none' }}>No connections yet. Add the client ID and secret you created in the GreenLake console.</Box>
        )}
      </List>
    </>
  );
}
