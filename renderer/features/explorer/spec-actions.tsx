/** The ⋮ menu of a spec in the explorer: problems, update from its URL, undo the last update, remove. */
import MoreVert from '@mui/icons-material/MoreVert';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { UndoableReplacement } from '../../../shared/contract/specs';
import type { SpecSummary } from '../../../shared/openapi/types';
import { useHost } from '../../host/host-context';

interface SpecActionsProps {
  spec: SpecSummary;
  onShowFindings(spec: SpecSummary): void;
  onReimport(url: string): void;
  onRemove(spec: SpecSummary): void;
  onUndoReplace(): void;
}

/** The per-spec menu button. */
export function SpecActions({ spec, onShowFindings, onReimport, onRemove, onUndoReplace }: SpecActionsProps) {
  const host = useHost();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // The menu is mounted from its first opening on (then kept, so it still fades out): every spec
  // row a search draws has this button, and a closed Menu still renders its popover machinery.
  const [opened, setOpened] = useState(false);
  const [undo, setUndo] = useState<UndoableReplacement | null>(null);
  const problems = spec.findingCounts.error + spec.findingCounts.warning;
  const close = () => setAnchor(null);
  return (
    <>
      {/* Not a Tab stop of its own: the tree is one, and Shift+F10 on the spec's row opens this menu. */}
      <IconButton size="small" aria-label={`Actions for ${spec.title}`} aria-haspopup="menu" tabIndex={-1} data-row-menu onClick={(e) => {
        setAnchor(e.currentTarget);
        setOpened(true);
        // Asked when the menu opens: only the last update can be undone, whichever spec it was.
        host.invoke('specs.lastReplacement', {}).then(setUndo, () => setUndo(null));
      }}>
        <Badge color="warning" variant="dot" invisible={problems === 0}>
          <MoreVert fontSize="small" />
        </Badge>
      </IconButton>
      {opened && <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem onClick={() => (close(), onShowFindings(spec))}>
          {spec.validation === 'pending' ? 'Checking the file…' : problems ? `Show ${problems} problem${problems === 1 ? '' : 's'}` : 'No problems found'}
        </MenuItem>
        {spec.source.kind === 'url' && <MenuItem onClick={() => (close(), onReimport((spec.source as { url: string }).url))}>Update from its address</MenuItem>}
        {undo?.specId === spec.id && (
          <MenuItem onClick={() => (close(), onUndoReplace())}>Undo the update (back to {undo.version ? `v${undo.version}` : 'the previous file'})</MenuItem>
        )}
        <MenuItem onClick={() => (close(), onRemove(spec))} sx={{ color: 'error.main' }}>
          Remove
        </MenuItem>
      </Menu>}
    </>
  );
}
