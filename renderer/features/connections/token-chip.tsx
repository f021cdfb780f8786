/** The header's token chip: a live countdown for the active connection's token, one click from its details. */
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import type { Connection } from '../../../shared/contract/connections';
import { tokenChipView, type ChipTone } from './token-chip-view';
import type { TokenState } from './use-token-status';
import { useRemaining } from '../../components/hooks/use-remaining';

const chipColour: Record<ChipTone, 'default' | 'primary' | 'warning' | 'error'> = { neutral: 'default', ok: 'primary', warning: 'warning', error: 'error' };

interface TokenChipProps {
  connection: Connection | undefined;
  token: TokenState;
  onOpenPanel: () => void;
  onLinkConnection: () => void;
}

/** "Token · 1:54:12", amber near the end, red when expired; "No token yet" fetches one. */
export function TokenChip({ connection, token, onOpenPanel, onLinkConnection }: TokenChipProps) {
  const remaining = useRemaining(token.status?.state === 'valid' ? token.status.expiresAt : undefined);
  const view = tokenChipView({ connectionName: connection?.name, status: token.status, remaining, busy: token.busy, failed: token.error !== undefined });
  const icon =
    view.action === 'none' ? (
      <CircularProgress size={12} color="inherit" aria-hidden />
    ) : view.action === 'link' ? (
      <LinkOutlined />
    ) : view.tone === 'error' ? (
      <ErrorOutlineOutlined />
    ) : view.tone === 'neutral' ? (
      <KeyOutlined />
    ) : (
      <TimerOutlined />
    );
  const onClick = () => {
    if (view.action === 'renew') void token.renew();
    else if (view.action === 'panel') onOpenPanel();
    else if (view.action === 'link') onLinkConnection();
  };
  return (
    <Tooltip title={view.hint}>
      <Chip
        data-testid="token-chip"
        data-tone={view.tone}
        icon={icon}
        label={view.label}
        variant="outlined"
        color={chipColour[view.tone]}
        onClick={onClick}
        aria-label={`${view.label}. ${view.hint}`}
        aria-disabled={view.action === 'none' || undefined}
        sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', minWidth: 128, justifyContent: 'flex-start', '& .MuiChip-icon': { fontSize: 16, ml: 1 } }}
      />
    </Tooltip>
  );
}
