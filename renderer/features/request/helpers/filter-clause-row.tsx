/** One condition of the filter helper: field, operator, value (with a date-time picker and presets for dates). */
import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { filterOperators, isoDateTime, presetClause, type FilterClause, type FilterOperator, type FilterPreset } from '../../../../shared/openapi/filter-builder';
import { FieldPicker } from './field-picker';
import type { ItemField } from './use-item-fields';

const operatorWords: Record<FilterOperator, string> = {
  eq: 'is', ne: 'is not', gt: 'is after / more than', ge: 'is at or after / at least', lt: 'is before / less than', le: 'is at or before / at most', in: 'is one of', contains: 'contains',
};
const presets: { preset: FilterPreset; label: string }[] = [
  { preset: 'lastHour', label: 'Last hour' },
  { preset: 'last24h', label: 'Last 24 h' },
  { preset: 'last7d', label: 'Last 7 days' },
];

/** `2023-07-24T04:21:22.000Z` ⇄ the `datetime-local` input's local `2023-07-24T06:21:22`. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/** Edits one clause. */
export function FilterClauseRow({ clause, fields, onChange, onRemove, autoFocus }: { clause: FilterClause; fields: ItemField[]; onChange(clause: FilterClause): void; onRemove(): void; autoFocus?: boolean }) {
  const field = fields.find((f) => f.path === clause.field);
  const isDate = field?.format === 'date-time' || clause.type === 'date-time';
  const value = Array.isArray(clause.value) ? clause.value.join(', ') : clause.value;
  const setValue = (text: string) => onChange({ ...clause, value: clause.op === 'in' ? text.split(',').map((v) => v.trim()) : text });
  return (
    <Box sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <FieldPicker fields={fields} value={clause.field} autoFocus={autoFocus} onChange={(name) => onChange({ ...clause, field: name, ...(fields.find((f) => f.path === name)?.format === 'date-time' ? { type: 'date-time' as const } : {}) })} />
        <TextField select size="small" label="Condition" value={clause.op} onChange={(e) => onChange({ ...clause, op: e.target.value as FilterOperator })} sx={{ width: 150 }}>
          {filterOperators.map((op) => (
            <MenuItem key={op} value={op}>{operatorWords[op]}</MenuItem>
          ))}
        </TextField>
        <IconButton size="small" aria-label="Remove this condition" onClick={onRemove}><Close fontSize="small" /></IconButton>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1 }}>
        {isDate ? (
          <TextField type="datetime-local" size="small" label="Date and time (your time zone)" value={toLocalInput(value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
            onChange={(e) => e.target.value && onChange({ ...clause, value: isoDateTime(new Date(e.target.value)), type: 'date-time' })} sx={{ flex: 1 }} />
        ) : (
          <TextField size="small" label={clause.op === 'in' ? 'Values, separated by commas' : 'Value'} value={value} onChange={(e) => setValue(e.target.value)} sx={{ flex: 1 }} />
        )}
        {isDate && presets.map(({ preset, label }) => (
          <Button key={preset} size="small" variant="outlined" onClick={() => onChange({ ...presetClause(clause.field, preset, new Date()), not: clause.not })}>{label}</Button>
        ))}
      </Box>
    </Box>
  );
}
