/** The items of a spec's ⋮ menu. Loaded when a spec's menu is first opened. */
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { UndoableReplacement } from '../../../shared/contract/specs';
import type { SpecSummary } from '../../../shared/openapi/types';

interface SpecActionsMenuProps {
  spec: SpecSummary;
  anchor: HTMLElement | null;
  /** The update that can be undone now, if any (whichever spec it was). */
  undo: UndoableReplacement | null;
  onClose(): void;
  onShowFindings(spec: SpecSummary): void;
  onReimport(url: string): void;
  onRemove(spec: SpecSummary): void;
  onUndoReplace(): void;
}

/** Problems, update from its address, undo the last update, remove. */
export function SpecActionsMenu({ spec, anchor, undo, onClose, onShowFindings, onReimport, onRemove, onUndoReplace }: SpecActionsMenuProps) {
  const problems = spec.findingCounts.error + spec.findingCounts.warning;
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      <MenuItem onClick={() => (onClose(), onShowFindings(spec))}>
        {spec.validation === 'pending' ? 'Checking the file…' : problems ? `Show ${problems} problem${problems === 1 ? '' : 's'}` : 'No problems found'}
      </MenuItem>
      {spec.source.kind === 'url' && <MenuItem onClick={() => (onClose(), onReimport((spec.source as { url: string }).url))}>Update from its address</MenuItem>}
      {undo?.specId === spec.id && (
        <MenuItem onClick={() => (onClose(), onUndoReplace())}>Undo the update (back to {undo.version ? `v${undo.version}` : 'the previous file'})</MenuItem>
      )}
      <MenuItem onClick={() => (onClose(), onRemove(spec))} sx={{ color: 'error.main' }}>
        Remove
      </MenuItem>
    </Menu>
  );
}
