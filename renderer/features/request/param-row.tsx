/** One parameter of the request: tick, name, value (with its helper), and what the spec says about it. */
import FilterAltOutlined from '@mui/icons-material/FilterAltOutlined';
import SortOutlined from '@mui/icons-material/SortOutlined';
import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { DraftParam } from '../../../shared/openapi/request-draft';
import { selectInfo } from '../../../shared/openapi/select-fields';
import type { OperationDetail, ParameterInfo } from '../../../shared/openapi/types';
import { InlineMarkdown, markdownWords } from '../../components/markdown';
import { monoFont } from '../../components/theme/tokens';
import { FilterHelper } from './helpers/filter-helper';
import { SelectHelper } from './helpers/select-helper';
import { SortHelper } from './helpers/sort-helper';
import { ParamValueInput } from './param-value-input';

type HelperKind = 'select' | 'sort' | 'filter';
const helperOf = (param: ParameterInfo): HelperKind | undefined =>
  param.in === 'query' && ['select', 'sort', 'filter'].includes(param.name) ? (param.name as HelperKind) : undefined;
const helperIcons = { select: <ViewColumnOutlined fontSize="small" />, sort: <SortOutlined fontSize="small" />, filter: <FilterAltOutlined fontSize="small" /> };
const helperLabels = { select: 'Choose fields', sort: 'Build the sort order', filter: 'Build a filter' };

/** The grid columns every row of the parameters table shares: tick · name · value · about. */
export const paramColumns = '40px minmax(140px, 0.8fr) minmax(220px, 1.4fr) minmax(160px, 1.6fr)';

interface ParamRowProps {
  operation: OperationDetail;
  param: ParameterInfo;
  row: DraftParam;
  /** The first row's value box is where the keyboard lands in the request (F6, Enter from the search). */
  first?: boolean;
  onChange(patch: Partial<Pick<DraftParam, 'enabled' | 'value'>>): void;
}

/** A parameter row; grid columns: tick · name · value · about. */
export function ParamRow({ operation, param, row, first, onChange }: ParamRowProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const helperButton = useRef<HTMLButtonElement>(null);
  // The helper button's tooltip is shut while its helper is open, so none is left floating afterwards.
  const [tip, setTip] = useState(false);
  const openHelper = (at: HTMLElement | null) => {
    setTip(false);
    setAnchor(at);
  };
  const helper = helperOf(param);
  const separator = selectInfo(operation.parameters.find((p) => p.name === 'select' && p.in === 'query') ?? param).separator;
  // A helper starts from what will be sent: an unticked row's example value is only a hint.
  const helperValue = row.enabled ? row.value : param.isArray ? [] : '';
  const text = Array.isArray(helperValue) ? helperValue.join(',') : helperValue;
  const typeText = [param.isArray ? `list of ${param.type ?? 'values'}` : param.type, param.format].filter(Boolean).join(' · ');
  return (
    <Box role="row" data-testid={`param-${param.name}`} sx={{ display: 'grid', gridTemplateColumns: paramColumns, '& > [role=cell]': { py: 0.75, borderBottom: 1, borderColor: 'divider', display: 'flex', alignItems: 'flex-start' } }}>
      <Box role="cell" sx={{ justifyContent: 'center' }}>
        <Checkbox size="small" checked={row.enabled} disabled={row.required} onChange={(e) => onChange({ enabled: e.target.checked })}
          slotProps={{ input: { 'aria-label': `Send ${param.name}` } }} sx={{ p: 0.5 }} />
      </Box>
      <Box role="cell" sx={{ flexDirection: 'column', pt: '10px !important', minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontFamily: monoFont, fontWeight: 600, textDecoration: param.deprecated ? 'line-through' : undefined, wordBreak: 'break-all' }}>
          {param.name}
          {param.required && <Box component="span" sx={{ color: 'error.main' }} title="Required"> *</Box>}
        </Typography>
        <Typography variant="caption" color="textSecondary">{param.in}{typeText ? ` · ${typeText}` : ''}</Typography>
      </Box>
      {/* An unticked row's value is a suggestion from the spec, shown faintly until the row is ticked. */}
      <Box role="cell" data-param-value
        onKeyDown={(e) => {
          // Alt+↓ opens the helper, as it opens a combo box's list.
          if (helper && e.altKey && e.key === 'ArrowDown') {
            e.preventDefault();
            openHelper(helperButton.current);
          }
        }}
        sx={{ gap: 0.5, '& .MuiInputBase-input': { opacity: row.enabled ? 1 : 0.55 } }}>
        <ParamValueInput param={param} value={row.value} onChange={(value) => onChange({ value })} landing={first} />
        {helper && (
          <Tooltip title={`${helperLabels[helper]} (Alt ↓)`} open={tip && anchor === null} onOpen={() => setTip(true)} onClose={() => setTip(false)}>
            <IconButton ref={helperButton} aria-label={helperLabels[helper]} aria-haspopup="dialog" aria-keyshortcuts="Alt+ArrowDown" onClick={(e) => openHelper(e.currentTarget)} sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }} size="small">
              {helperIcons[helper]}
            </IconButton>
          </Tooltip>
        )}
      </Box>
      <Box role="cell" sx={{ pl: 1.5, minWidth: 0 }}>
        <Typography variant="caption" color="textSecondary" title={param.description && markdownWords(param.description)} sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', '& code': { fontFamily: monoFont, fontSize: '0.95em' } }}>
          {param.description && <InlineMarkdown text={param.description} />}
          {param.default !== undefined && ` Default: ${String(param.default)}.`}
        </Typography>
      </Box>
      {helper === 'select' && <SelectHelper anchor={anchor} onClose={() => setAnchor(null)} operation={operation} param={param} value={helperValue} onChange={(value) => onChange({ value })} />}
      {helper === 'sort' && <SortHelper anchor={anchor} onClose={() => setAnchor(null)} operation={operation} param={param} separator={separator} value={text} onChange={(value) => onChange({ value })} />}
      {helper === 'filter' && <FilterHelper anchor={anchor} onClose={() => setAnchor(null)} operation={operation} param={param} separator={separator} value={text} onChange={(value) => onChange({ value })} />}
    </Box>
  );
}
