/**
 * A key–value table as Postman users know it: each row with a tick box (an unticked row is kept but
 * not used), a name, a value and a remove button, and an empty last row where typing adds a new one.
 * Used for free query parameters, headers, form fields and variables. Rows keep their order and
 * duplicate names are allowed.
 */
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import { useEffect, useRef } from 'react';
import type { RequestRow } from '../../shared/model/request';
import { monoFont } from './theme/tokens';

/** The props of {@link RowsEditor}. */
export interface RowsEditorProps {
  rows: readonly RequestRow[];
  onChange(rows: RequestRow[]): void;
  /** The table's accessible name ("Query parameters", "Headers" …). */
  label: string;
  /** What the name column is called ("Parameter", "Header", "Variable"). */
  keyTitle?: string;
  /** How a row's tick box is named for a screen reader: `Send page`, `Use region` … */
  tickWord?: string;
  /** Placeholder of the value column (a variable's value, say). */
  valuePlaceholder?: string;
  readOnly?: boolean;
  testId?: string;
}

const columns = '40px minmax(120px, 1fr) minmax(160px, 2fr) 36px';
const cellInput = { fontFamily: monoFont, fontSize: 13, px: 1, py: 0.5, width: '100%', borderRadius: 1, '&.Mui-focused': { outline: '2px solid', outlineColor: 'primary.main' } };

/** The table. */
export function RowsEditor({ rows, onChange, label, keyTitle = 'Name', tickWord = 'Use', valuePlaceholder = 'Value', readOnly, testId }: RowsEditorProps) {
  const table = useRef<HTMLDivElement>(null);
  // Typing in the empty last row makes a real row: the caret follows into it.
  const follow = useRef<{ index: number; column: 'key' | 'value' } | undefined>(undefined);
  useEffect(() => {
    const wish = follow.current;
    if (!wish) return;
    follow.current = undefined;
    const input = table.current?.querySelector<HTMLInputElement>(`[data-cell="${wish.index}-${wish.column}"] input`);
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, [rows.length]);
  const set = (index: number, patch: Partial<RequestRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = (patch: Partial<RequestRow>) => {
    follow.current = { index: rows.length, column: patch.key !== undefined ? 'key' : 'value' };
    onChange([...rows, { key: '', value: '', enabled: true, ...patch }]);
  };
  const remove = (index: number) => onChange(rows.filter((_row, i) => i !== index));
  const nameOf = (row: RequestRow, index: number) => row.key.trim() || `row ${index + 1}`;
  return (
    <Box ref={table} role="table" aria-label={label} data-testid={testId} sx={{ px: 1.5, pb: 1 }}>
      <Box role="row" sx={{ display: 'grid', gridTemplateColumns: columns, borderBottom: 1, borderColor: 'divider', '& > *': { py: 0.5, typography: 'caption', color: 'text.secondary', fontWeight: 600 } }}>
        <Box role="columnheader" sx={{ textAlign: 'center' }}>{tickWord}</Box>
        <Box role="columnheader" sx={{ pl: 1 }}>{keyTitle}</Box>
        <Box role="columnheader" sx={{ pl: 1 }}>Value</Box>
        <Box role="columnheader"><Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Remove</Box></Box>
      </Box>
      {rows.map((row, index) => (
        <Box role="row" key={index} data-row-key={row.key} sx={{ display: 'grid', gridTemplateColumns: columns, alignItems: 'center', borderBottom: 1, borderColor: 'divider', opacity: row.enabled ? 1 : 0.75 }}>
          <Box role="cell" sx={{ textAlign: 'center' }}>
            <Checkbox size="small" checked={row.enabled} disabled={readOnly} onChange={(e) => set(index, { enabled: e.target.checked })} slotProps={{ input: { 'aria-label': `${tickWord} ${nameOf(row, index)}` } }} />
          </Box>
          <Box role="cell" data-cell={`${index}-key`}>
            <InputBase value={row.key} readOnly={readOnly} onChange={(e) => set(index, { key: e.target.value })} placeholder={keyTitle} sx={cellInput} inputProps={{ 'aria-label': `${keyTitle} ${index + 1}`, spellCheck: false }} />
          </Box>
          <Box role="cell" data-cell={`${index}-value`}>
            <InputBase value={row.value} readOnly={readOnly} onChange={(e) => set(index, { value: e.target.value })} placeholder={valuePlaceholder} sx={cellInput} inputProps={{ 'aria-label': `${nameOf(row, index)} value`, spellCheck: false }} />
          </Box>
          <Box role="cell">
            {!readOnly && (
              <IconButton size="small" aria-label={`Remove ${nameOf(row, index)}`} onClick={() => remove(index)}>
                <CloseOutlined fontSize="small" />
              </IconButton>
            )}
          </Box>
        </Box>
      ))}
      {!readOnly && (
        <Box role="row" sx={{ display: 'grid', gridTemplateColumns: columns, alignItems: 'center' }}>
          <Box role="cell" />
          <Box role="cell">
            <InputBase value="" onChange={(e) => add({ key: e.target.value })} placeholder={`Add ${keyTitle.toLowerCase()}`} sx={cellInput} inputProps={{ 'aria-label': `New ${keyTitle.toLowerCase()} name`, spellCheck: false }} />
          </Box>
          <Box role="cell">
            <InputBase value="" onChange={(e) => add({ value: e.target.value })} placeholder={valuePlaceholder} sx={cellInput} inputProps={{ 'aria-label': `New ${keyTitle.toLowerCase()} value`, spellCheck: false }} />
          </Box>
          <Box role="cell" />
        </Box>
      )}
    </Box>
  );
}
