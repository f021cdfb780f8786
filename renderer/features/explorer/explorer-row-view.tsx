/**
 * How one explorer row looks: a spec header, a tag folder, or an operation line. The row is a
 * treeitem of the explorer's VirtualTree, which handles clicks and keys; nothing in here takes focus.
 */
import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import { memo } from 'react';
import { httpMethods } from '../../../shared/openapi/types';
import { methodColour, themeColours } from '../../components/theme/colours';
import { monoFont } from '../../components/theme/tokens';
import { MethodBadge } from '../../components/method-badge';
import type { ExplorerRow } from './explorer-rows';
import { HighlightedText } from './highlighted-text';

interface RowProps {
  row: ExplorerRow;
  selected: boolean;
  specActions?: (specId: string) => React.ReactNode;
}

// The paths of MUI's ExpandMore and ChevronRight, drawn as a plain <svg> styled once (.xr-chevron):
// an SvgIcon per row generated its styles again for every row a search drew.
const expandMorePath = 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z';
const chevronRightPath = 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z';
const chevron = (expanded: boolean) => (
  <svg className="xr-chevron" viewBox="0 0 24 24" focusable="false" aria-hidden>
    <path d={expanded ? expandMorePath : chevronRightPath} />
  </svg>
);

/** One row, 36 px (tags 30 px, operations 44 px) high. Memoised: a keystroke in the search redraws only rows that changed. */
export const ExplorerRowView = memo(function ExplorerRowView({ row, selected, specActions }: RowProps) {
  if (row.kind === 'spec') {
    // Plain elements styled once (explorerRowStyles), as tags and operations: a search that ends
    // redraws every spec header on screen, and MUI's sx and Typography styled each one again.
    return (
      <div className="xr-spec">
        {chevron(row.expanded)}
        <h6 className="xr-spec-title" title={row.spec.title}>{row.spec.title}</h6>
        <span className="xr-spec-meta">v{row.spec.version} · {row.spec.operationCount}</span>
        {specActions?.(row.spec.id)}
      </div>
    );
  }
  if (row.kind === 'tag') {
    // Plain elements styled once by the tree (explorerRowStyles): a keystroke may mount dozens of rows.
    return (
      <div className="xr-tag">
        {chevron(row.expanded)}
        <span className="xr-tag-name">{row.tag}</span>
        <span className="xr-count">{row.count}</span>
      </div>
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
  const upper = operation.method.toUpperCase();
  return (
    <div data-testid="explorer-operation" title={`${operation.method} ${operation.path}`} className="xr-op" data-selected={selected} data-deprecated={operation.deprecated === true}>
      <span className="xr-badge" data-method={upper} aria-label={upper}>{upper === 'DELETE' ? 'DEL' : upper}</span>
      <span className="xr-op-text">
        <span className="xr-op-title">
          <HighlightedText text={operation.summary ?? operation.operationId ?? operation.path} field={operation.summary ? 'summary' : 'operationId'} highlights={row.highlights} />
        </span>
        <span className="xr-op-path">
          <HighlightedText text={operation.path} field="path" highlights={row.highlights} />
        </span>
      </span>
    </div>
  );
});

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** The class of the element that holds the explorer's rows; {@link explorerRowStyles} apply inside it. */
export const explorerRowsClass = 'xr-rows';

/**
 * The styles of the tag and operation rows, set once for the app rather than per row or per render:
 * MUI's `sx` on every row made each keystroke of the search generate styles for every row it
 * mounted, and `sx` on the tree re-serialised all of these on every search.
 */
export function explorerRowStyles(theme: Theme): Record<string, Record<string, unknown>> {
  const colours = themeColours(theme);
  const hover = { '&:hover': { backgroundColor: theme.palette.action.hover } };
  const rules: Record<string, Record<string, unknown>> = {
    '& .xr-chevron': { width: '1em', height: '1em', fontSize: theme.typography.pxToRem(20), display: 'inline-block', flexShrink: 0, userSelect: 'none', fill: 'currentColor', color: theme.palette.action.active },
    '& .xr-spec': { display: 'flex', alignItems: 'center', height: '100%', paddingLeft: theme.spacing(0.5), paddingRight: theme.spacing(0.5), gap: theme.spacing(0.5), borderTop: `1px solid ${theme.palette.divider}`, backgroundColor: theme.palette.background.default, ...hover },
    '& .xr-spec-title': { ...theme.typography.subtitle2, ...ellipsis, margin: 0, flex: 1, minWidth: 0 },
    '& .xr-spec-meta': { ...theme.typography.caption, ...ellipsis, color: theme.palette.text.secondary, flexShrink: 0 },
    '& .xr-tag': { display: 'flex', alignItems: 'center', width: '100%', height: '100%', paddingLeft: theme.spacing(2), paddingRight: theme.spacing(1.5), gap: theme.spacing(0.5), ...hover },
    '& .xr-tag-name': { ...theme.typography.body2, ...ellipsis, flex: 1, textAlign: 'left', fontWeight: 500 },
    '& .xr-count': { ...theme.typography.caption, color: theme.palette.text.secondary },
    '& .xr-op': { display: 'flex', alignItems: 'center', width: '100%', height: '100%', paddingLeft: theme.spacing(5), paddingRight: theme.spacing(1.5), gap: theme.spacing(1), textAlign: 'left', ...hover },
    '& .xr-op[data-selected="true"], & .xr-op[data-selected="true"]:hover': { backgroundColor: theme.palette.action.selected },
    '& .xr-op[data-deprecated="true"]': { opacity: 0.6 },
    '& .xr-op[data-deprecated="true"] .xr-op-title': { textDecoration: 'line-through' },
    '& .xr-badge': { fontFamily: monoFont, fontWeight: 700, fontSize: 10.5, letterSpacing: 0.3, minWidth: 44, display: 'inline-block', flexShrink: 0, color: colours.methods.other },
    ...Object.fromEntries(httpMethods.map((m) => [`& .xr-badge[data-method="${m}"]`, { color: methodColour(colours, m) }])),
    '& .xr-op-text': { minWidth: 0, flex: 1 },
    '& .xr-op-title': { ...theme.typography.body2, ...ellipsis, display: 'block' },
    '& .xr-op-path': { ...theme.typography.caption, ...ellipsis, display: 'block', color: theme.palette.text.secondary, fontFamily: monoFont, fontSize: 11 },
    '& .xr-op mark': { backgroundColor: colours.highlight.background, color: colours.highlight.text, borderRadius: 4, padding: '0 0.8px' },
  };
  return Object.fromEntries(Object.entries(rules).map(([selector, rule]) => [selector.replace(/&/g, `.${explorerRowsClass}`), rule]));
}

/** Puts {@link explorerRowStyles} in the page; memoised, so it is styled again only when the theme changes. */
export const ExplorerRowStyles = memo(function ExplorerRowStyles() {
  return <GlobalStyles styles={explorerRowStyles} />;
});
