/** The ⋮ menu of a spec in the explorer: problems, update from its URL, remove. */
import MoreVert from '@mui/icons-material/MoreVert';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { SpecSummary } from '../../../shared/openapi/types';

interface SpecActionsProps {
  spec: SpecSummary;
  onShowFindings(spec: SpecSummary): void;
  onReimport(url: string): void;
  onRemove(spec: SpecSummary): void;
}

/** The per-spec menu button. */
export function SpecActions({ spec, onShowFindings, onReimport, onRemove }: SpecActionsProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const problems = spec.findingCounts.error + spec.findingCounts.warning;
  const close = () => setAnchor(null);
  return (
    <>
      {/* Not a Tab stop of its own: the tree is one, and Shift+F10 on the spec's row opens this menu. */}
      <IconButton size="small" aria-label={`Actions for ${spec.title}`} aria-haspopup="menu" tabIndex={-1} data-row-menu onClick={(e) => setAnchor(e.currentTarget)}>
        <Badge color="warning" variant="dot" invisible={problems === 0}>
          <MoreVert fontSize="small" />
        </Badge>
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem onClick={() => (close(), onShowFindings(spec))}>
          {spec.validation === 'pending' ? 'Checking the file…' : problems ? `Show ${problems} problem${problems === 1 ? '' : 's'}` : 'No problems found'}
        </MenuItem>
        {spec.source.kind === 'url' && <MenuItem onClick={() => (close(), onReimport((spec.source as { url: string }).url))}>Update from its address</MenuItem>}
        <MenuItem onClick={() => (close(), onRemove(spec))} sx={{ color: 'error.main' }}>
          Remove
        </MenuItem>
      </Menu>
    </>
  );
}
