/** The `sort` helper: pick fields and a direction each; writes `id asc,name desc`. */
import Add from '@mui/icons-material/Add';
import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useMemo, useState } from 'react';
import type { FieldSeparator } from '../../../../shared/openapi/select-fields';
import { buildSort, parseSort, sortInfo, type SortKey } from '../../../../shared/openapi/sort-builder';
import type { OperationDetail, ParameterInfo } from '../../../../shared/openapi/types';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { FieldPicker } from './field-picker';
import { HelperPopover } from './helper-popover';
import { useItemFields } from './use-item-fields';

interface SortHelperProps {
  anchor: HTMLElement | null;
  onClose(): void;
  operation: OperationDetail;
  param: ParameterInfo;
  separator: FieldSeparator;
  value: string;
  onChange(value: string): void;
}

/** Sort keys as rows. */
export function SortHelper({ anchor, onClose, operation, param, separator, value, onChange }: SortHelperProps) {
  const info = useMemo(() => sortInfo(param), [param]);
  const fields = useItemFields(operation, separator);
  // Rows being edited live here (a row without a field yet writes nothing); the box's text is the truth otherwise.
  const [rows, setRows] = useState<{ source: string; keys: SortKey[] }>();
  const parsed = parseSort(value);
  const keys: SortKey[] = rows && rows.source === value ? rows.keys : parsed.length ? parsed : [{ field: '', direction: 'asc' }];
  const write = (next: SortKey[]) => {
    const text = buildSort(next, { singleField: info.singleField });
    setRows({ source: text, keys: next });
    onChange(text);
  };
  const update = (index: number, patch: Partial<SortKey>) => write(keys.map((k, i) => (i === index ? { ...k, ...patch } : k)));
  return (
    <HelperPopover anchor={anchor} onClose={onClose} testId="sort-helper" title="Sort the answer" hint="The first field decides the order; later fields break ties."
      footer={<Button size="small" startIcon={<Add />} disabled={info.singleField && keys.length >= 1} onClick={() => write([...keys, { field: '', direction: 'asc' }])}>Add field</Button>}>
      {info.singleField && <Alert severity="info" sx={{ mb: 1 }}>This API sorts by one field only.</Alert>}
      {keys.map((key, index) => (
        <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
          <FieldPicker fields={fields} allowed={info.allowedFields} value={key.field} onChange={(field) => update(index, { field })} autoFocus={index === 0} />
          <ToggleButtonGroup size="small" exclusive value={key.direction} onChange={(_e, direction) => direction && update(index, { direction })}>
            {/* The visible arrows and the words a screen reader says, in one name: "A→Z ascending". */}
            <ToggleButton value="asc">A→Z<VisuallyHidden> ascending</VisuallyHidden></ToggleButton>
            <ToggleButton value="desc">Z→A<VisuallyHidden> descending</VisuallyHidden></ToggleButton>
          </ToggleButtonGroup>
          <IconButton size="small" aria-label="Remove this field" onClick={() => write(keys.filter((_k, i) => i !== index))}>
            <Close fontSize="small" />
          </IconButton>
        </Box>
      ))}
    </HelperPopover>
  );
}
