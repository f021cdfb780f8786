/**
 * One line of the history: method, the operation's name (or the path), status; the address as read;
 * the environment, when and how long; a menu to open or delete it.
 */
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import OpenInNew from '@mui/icons-material/OpenInNew';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { HistorySummary } from '../../../shared/contract/history';
import { monoFont } from '../../components/theme/tokens';
import { MethodBadge } from '../../components/method-badge';
import { StatusChip } from '../../components/status-chip';
import { VisuallyHidden } from '../../components/visually-hidden';
import { formatDuration } from '../../components/format/quantities';
import { fullTime, relativeTime, urlHost, urlPath } from './history-format';

/** Height of a history row, for the virtualiser. */
export const historyRowHeight = 74;

interface HistoryRowProps {
  entry: HistorySummary;
  /** The name of the operation the request was built from, when its spec is still imported. */
  operationName?: string | undefined;
  nowMs: number;
  busy: boolean;
  onOpen: () => void;
  onDelete: () => void;
}

const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** A history row. */
export function HistoryRow({ entry, operationName, nowMs, busy, onOpen, onDelete }: HistoryRowProps) {
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const path = urlPath(entry.url);
  const host = urlHost(entry.url);
  // Rows of the same endpoint differ by environment and query: both are on the row.
  const where = entry.environmentName ?? host ?? '';
  return (
    <Box
      data-testid="history-entry"
      data-history-id={entry.id}
      sx={{
        position: 'relative', height: historyRowHeight, borderBottom: 1, borderColor: 'divider',
        '& .history-more': { opacity: menu ? 1 : 0 },
        '&:hover .history-more, &:focus-within .history-more': { opacity: 1 },
      }}
    >
      <ButtonBase
        onClick={onOpen}
        disabled={busy}
        sx={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'stretch', justifyContent: 'center', gap: 0.25, pl: 1.5, pr: 5, textAlign: 'left', '&:hover': { bgcolor: 'action.hover' }, opacity: busy ? 0.6 : 1 }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          {/* Named by what it shows, after "Open": "Open GET Get all storage systems 200 …". */}
          <VisuallyHidden>Open </VisuallyHidden>
          <MethodBadge method={entry.method} />
          <Box component="span" data-testid="history-name" title={operationName ? `${operationName}\n${path}` : entry.url}
            sx={{ flex: 1, minWidth: 0, ...oneLine, ...(operationName ? { fontSize: 13, fontWeight: 600 } : { fontFamily: monoFont, fontSize: 12.5 }) }}>
            {operationName ?? path}
          </Box>
          <StatusChip status={entry.status} variant="compact" fallback={entry.errorCode ? 'Failed' : 'No answer'} />
        </Box>
        <Box component="span" data-testid="history-address" sx={{ pl: '52px', fontFamily: monoFont, fontSize: 11.5, color: 'text.secondary', ...oneLine }}>
          {operationName ? path : host}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0, pl: '52px' }}>
          <Typography variant="caption" color="textSecondary" data-testid="history-environment" sx={{ flex: 1, minWidth: 0, ...oneLine }}>
            {entry.kind === 'fetchAll' ? `All pages · ${where}` : where}
          </Typography>
          <Tooltip title={fullTime(entry.time)}>
            <Typography variant="caption" color="textSecondary" sx={{ whiteSpace: 'nowrap' }}>
              {relativeTime(entry.time, nowMs)}
              {entry.durationMs !== undefined && ` · ${formatDuration(entry.durationMs)}`}
            </Typography>
          </Tooltip>
        </Box>
      </ButtonBase>
      <IconButton
        className="history-more"
        size="small"
        aria-label="More actions"
        aria-haspopup="menu"
        onClick={(e) => setMenu(e.currentTarget)}
        sx={{ position: 'absolute', right: 6, top: '50%', transform: 'translateY(-50%)', transition: 'opacity 120ms' }}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => { setMenu(null); onOpen(); }}>
          <ListItemIcon><OpenInNew fontSize="small" /></ListItemIcon>
          Open in the request builder
        </MenuItem>
        <MenuItem onClick={() => { setMenu(null); onDelete(); }} sx={{ color: 'error.main' }}>
          <ListItemIcon sx={{ color: 'inherit' }}><DeleteOutlined fontSize="small" /></ListItemIcon>
          Delete from history
        </MenuItem>
      </Menu>
    </Box>
  );
}
