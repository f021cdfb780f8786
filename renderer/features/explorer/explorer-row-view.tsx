/**
 * How one explorer row looks: a spec header, a tag folder, or an operation line. The row is a
 * treeitem of the explorer's VirtualTree, which handles clicks and keys; nothing in here takes focus.
 */
import ChevronRight from '@mui/icons-material/ChevronRight';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { monoFont } from '../../components/theme/tokens';
import { MethodBadge } from '../../components/method-badge';
import type { ExplorerRow } from './explorer-rows';
import { HighlightedText } from './highlighted-text';

interface RowProps {
  row: ExplorerRow;
  selected: boolean;
  specActions?: (specId: string) => React.ReactNode;
}

const chevron = (expanded: boolean) => (expanded ? <ExpandMore fontSize="small" color="action" aria-hidden /> : <ChevronRight fontSize="small" color="action" aria-hidden />);

/** One row, 36 px (tags 30 px, operations 44 px) high. Memoised: a keystroke in the search redraws only rows that changed. */
export const ExplorerRowView = memo(function ExplorerRowView({ row, selected, specActions }: RowProps) {
  if (row.kind === 'spec') {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', height: '100%', pl: 0.5, pr: 0.5, gap: 0.5, borderTop: 1, borderColor: 'divider', bgcolor: 'background.default', '&:hover': { bgcolor: 'action.hover' } }}>
        {chevron(row.expanded)}
        <Typography variant="subtitle2" noWrap title={row.spec.title} sx={{ flex: 1, minWidth: 0 }}>
          {row.spec.title}
        </Typography>
        <Typography variant="caption" color="textSecondary" noWrap sx={{ flexShrink: 0 }}>
          v{row.spec.version} · {row.spec.operationCount}
        </Typography>
        {specActions?.(row.spec.id)}
      </Box>
    );
  }
  if (row.kind === 'tag') {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', width: '100%', height: '100%', pl: 2, pr: 1.5, gap: 0.5, '&:hover': { bgcolor: 'action.hover' } }}>
        {chevron(row.expanded)}
        <Typography variant="body2" noWrap sx={{ flex: 1, textAlign: 'left', fontWeight: 500 }}>
          {row.tag}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {row.count}
        </Typography>
      </Box>
    );
  }
  if (row.kind === 'saved-group') {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', height: '100%', pl: 0.5, pr: 1.5, gap: 0.5, borderTop: 1, borderColor: 'divider', bgcolor: 'background.default', '&:hover': { bgcolor: 'action.hover' } }}>
        {chevron(row.expanded)}
        <Typography variant="subtitle2" sx={{ flex: 1 }}>Saved requests</Typography>
        <Typography variant="caption" color="textSecondary">{row.count}</Typography>
      </Box>
    );
  }
  if (row.kind === 'saved') {
    const { match } = row;
    return (
      <Box data-testid="explorer-saved" title={`${match.request.method} ${match.request.url}`}
        sx={{ display: 'flex', alignItems: 'center', width: '100%', height: '100%', pl: 3, pr: 1.5, gap: 1, '&:hover': { bgcolor: 'action.hover' } }}>
        <MethodBadge method={match.request.method} />
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography variant="body2" noWrap>{match.request.name}</Typography>
          <Typography variant="caption" color="textSecondary" noWrap component="div" sx={{ fontSize: 11 }}>
            {[match.collectionName, ...match.path].join(' › ')}
          </Typography>
        </Box>
      </Box>
    );
  }
  const { operation } = row;
  return (
    <Box
      data-testid="explorer-operation"
      title={`${operation.method} ${operation.path}`}
      sx={{
        display: 'flex', alignItems: 'center', width: '100%', height: '100%', pl: 5, pr: 1.5, gap: 1, textAlign: 'left',
        bgcolor: selected ? 'action.selected' : undefined, '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
        opacity: operation.deprecated ? 0.6 : 1,
      }}
    >
      <MethodBadge method={operation.method} />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2" noWrap sx={{ textDecoration: operation.deprecated ? 'line-through' : undefined }}>
          <HighlightedText text={operation.summary ?? operation.operationId ?? operation.path} field={operation.summary ? 'summary' : 'operationId'} highlights={row.highlights} />
        </Typography>
        <Typography variant="caption" color="textSecondary" noWrap component="div" sx={{ fontFamily: monoFont, fontSize: 11 }}>
          <HighlightedText text={operation.path} field="path" highlights={row.highlights} />
        </Typography>
      </Box>
    </Box>
  );
});
