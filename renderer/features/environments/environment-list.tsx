/** The left pane of the environments dialog: "New environment" and every environment, the active one marked. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { Environment } from '../../../shared/contract/environments';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../components/alerts/error-alert';
import { EnvironmentLabel } from './environment-badge';
import { NewEnvironmentMenu } from './new-environment-menu';

interface EnvironmentListProps {
  environments: Environment[] | undefined;
  activeId: string | null;
  error: AppError | undefined;
  selected: string | undefined;
  onSelect: (id: string) => void;
  onCreate: (presetId: string | undefined) => void;
  busy: boolean;
  /** Open the "New environment" menu at once (setting up an environment for a new connection). */
  menuOpenAtStart?: boolean;
}

/** The list with its "New environment" menu on top. */
export function EnvironmentList({ environments, activeId, error, selected, onSelect, onCreate, busy, menuOpenAtStart }: EnvironmentListProps) {
  return (
    <>
      <Box sx={{ p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <NewEnvironmentMenu onCreate={onCreate} disabled={busy} openAtStart={menuOpenAtStart} />
      </Box>
      {error && <ErrorAlert error={error} sx={{ m: 1.5 }} />}
      <List aria-label="Environments" sx={{ flex: 1, overflow: 'auto', px: 1, py: 1 }}>
        {environments === undefined && [0, 1, 2].map((i) => <Skeleton key={i} component="li" variant="rounded" height={48} sx={{ mb: 0.75 }} aria-hidden />)}
        {environments?.map((e) => (
          // The button's name is all it shows (name, Sandbox, Active, base URL): what is read is what is seen.
          <ListItem key={e.id} disablePadding>
            <ListItemButton
              selected={e.id === selected}
              data-environment-name={e.name}
              aria-current={e.id === selected ? 'true' : undefined}
              onClick={() => e.id !== selected && onSelect(e.id)}
              sx={{ borderRadius: 1, mb: 0.5, display: 'block', py: 0.75 }}
            >
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <EnvironmentLabel environment={e} bold />
                </Box>
   {e.id === activeId && <Chip label="Active" size="small" color="primary" variant="outlined" sx={{ height: 20, fontSize: 11 }} />}
              </Box>
              <Typography variant="caption" color="textSecondary" noWrap component="div" sx={{ pl: 1.75 }}>
                {e.variables.baseUrl || 'No base URL yet'}
              </Typography>
            </ListItemButton>
          </ListItem>
        ))}
        {environments?.length === 0 && (
          <Typography component="li" variant="body2" color="textSecondary" sx={{ p: 2, listStyle: 'none' }}>
            No environments yet. Choose New environment and pick the region your GreenLake services run in.
          </Typography>
        )}
      </List>
    </>
  );
}
