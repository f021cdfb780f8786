/**
 * How one collections row looks: a collection, a folder (each with a chevron and what it sets), or a
 * saved request with its method badge; F2 turns the name into a text box. The row is a treeitem of
 * the panel's VirtualTree, which handles clicks and keys; the ⋮ button is reached by Shift+F10.
 */
import ChevronRight from '@mui/icons-material/ChevronRight';
import ExpandMore from '@mui/icons-material/ExpandMore';
import FolderOutlined from '@mui/icons-material/FolderOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import WorkspacesOutlined from '@mui/icons-material/WorkspacesOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { MethodBadge } from '../../components/method-badge';
import { monoFont } from '../../components/theme/tokens';
import type { CollectionRow } from './collection-rows';

interface RowViewProps {
  row: CollectionRow;
  selected: boolean;
  renaming: boolean;
  onRename(name: string | undefined): void;
  onMenu(anchor: HTMLElement): void;
}

const chevron = (expanded: boolean) => (expanded ? <ExpandMore fontSize="small" color="action" aria-hidden /> : <ChevronRight fontSize="small" color="action" aria-hidden />);

/** The inline rename box: Enter or leaving it saves, Esc cancels. */
function RenameBox({ initial, onDone }: { initial: string; onDone(name: string | undefined): void }) {
  const [name, setName] = useState(initial);
  return (
    <InputBase
      autoFocus
      value={name}
      onChange={(e) => setName(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') onDone(name);
        else if (e.key === 'Escape') onDone(undefined);
      }}
      onBlur={() => onDone(name)}
      onClick={(e) => e.stopPropagation()}
      inputProps={{ 'aria-label': 'New name' }}
      sx={{ flex: 1, fontSize: 14, px: 0.5, border: 1, borderColor: 'primary.main', borderRadius: 1, bgcolor: 'background.paper' }}
    />
  );
}

/** One row. */
export const CollectionRowView = memo(function CollectionRowView({ row, selected, renaming, onRename, onMenu }: RowViewProps) {
  const indent = (row.level - 1) * 16;
  const sets = row.kind === 'request' ? undefined : row.kind === 'collection' ? row.collection : row.folder;
  const name = renaming ? <RenameBox initial={row.label} onDone={onRename} /> : (
    <Typography variant={row.kind === 'collection' ? 'subtitle2' : 'body2'} component="span" noWrap title={row.label} sx={{ flex: 1, minWidth: 0, fontWeight: row.kind === 'folder' ? 500 : undefined }}>
      {row.label}
    </Typography>
  );
  return (
    <Box
      data-testid={`collection-${row.kind}`}
      data-name={row.label}
      sx={{
        display: 'flex', alignItems: 'center', height: '100%', pl: `${4 + indent}px`, pr: 0.5, gap: 0.75,
        bgcolor: selected ? 'action.selected' : row.kind === 'collection' ? 'background.default' : undefined,
        borderTop: row.kind === 'collection' ? 1 : 0, borderColor: 'divider',
        '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
        '&:hover .row-menu, [data-active="true"] > & .row-menu': { opacity: 1 },
      }}
    >
      {row.kind === 'request' ? <Box sx={{ width: 20, flexShrink: 0 }} /> : chevron(row.expanded)}
      {row.kind === 'collection' && <WorkspacesOutlined fontSize="small" color="primary" aria-hidden />}
      {row.kind === 'folder' && <FolderOutlined fontSize="small" color="action" aria-hidden />}
      {row.kind === 'request' && <MethodBadge method={row.request.method} />}
      {name}
      {sets && sets.auth.kind === 'connection' && (
        <KeyOutlined fontSize="small" color="action" titleAccess="Sets its own connection" sx={{ flexShrink: 0 }} />
      )}
      {row.kind === 'collection' && (
        <Typography variant="caption" color="textSecondary" sx={{ flexShrink: 0 }}>{row.collection.requestCount}</Typography>
      )}
      {row.kind === 'request' && row.request.handledByConnection && (
        <Typography variant="caption" color="textSecondary" sx={{ flexShrink: 0, fontFamily: monoFont }}>by connection</Typography>
      )}
      <IconButton
        className="row-menu"
        data-row-menu
        size="small"
        tabIndex={-1}
        aria-label={`Actions for ${row.label}`}
        onClick={(e) => {
          e.stopPropagation();
          onMenu(e.currentTarget);
        }}
        sx={{ opacity: 0.6, flexShrink: 0 }}
      >
        <MoreVert fontSize="small" />
      </IconButton>
    </Box>
  );
});
