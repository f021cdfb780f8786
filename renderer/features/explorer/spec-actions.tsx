/** The ⋮ menu of a spec in the explorer: problems, update from its URL, undo the last update, remove. */
import MoreVert from '@mui/icons-material/MoreVert';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useState } from 'react';
import type { UndoableReplacement } from '../../../shared/contract/specs';
import type { SpecSummary } from '../../../shared/openapi/types';
import { useHost } from '../../host/host-context';

// The menu (and MUI's popover machinery) is not on the first screen: it loads when pointed at or first opened.
const loadMenu = () => import('./spec-actions-menu');
const SpecActionsMenu = lazy(() => loadMenu().then((m) => ({ default: m.SpecActionsMenu })));

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
  return (
    <>
      {/* Not a Tab stop of its own: the tree is one, and Shift+F10 on the spec's row opens this menu. */}
      <IconButton size="small" aria-label={`Actions for ${spec.title}`} aria-haspopup="menu" tabIndex={-1} data-row-menu onPointerEnter={() => void loadMenu()} onClick={(e) => {
        setAnchor(e.currentTarget);
        setOpened(true);
        // Asked when the menu opens: only the last update can be undone, whichever spec it was.
        host.invoke('specs.lastReplacement', {}).then(setUndo, () => setUndo(null));
      }}>
        <Badge color="warning" variant="dot" invisible={problems === 0}>
          <MoreVert fontSize="small" />
        </Badge>
      </IconButton>
      {opened && (
        <Suspense fallback={null}>
          <SpecActionsMenu spec={spec} anchor={anchor} undo={undo} onClose={() => setAnchor(null)}
            onShowFindings={onShowFindings} onReimport={onReimport} onRemove={onRemove} onUndoReplace={onUndoReplace} />
        </Suspense>
      )}
    </>
  );
}
