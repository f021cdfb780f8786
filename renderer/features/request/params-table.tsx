/**
 * Every parameter of the operation, path ones first; optional ones start unticked. A table with a
 * header row; ↑ and ↓ in a value box move to the previous or next parameter's value, and Alt+↓ opens
 * the row's helper (select, sort, filter) or its choices.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import type { DraftParam, RequestDraft } from '../../../shared/openapi/request-draft';
import type { OperationDetail } from '../../../shared/openapi/types';
import { paramColumns, ParamRow } from './param-row';

const order = { path: 0, query: 1, header: 2, cookie: 3 } as const;

/** The focusable element of a value cell: a text box, or a picker's button. */
const valueControl = (cell: Element) => cell.querySelector<HTMLElement>('[role="combobox"], input:not([type="hidden"]):not([aria-hidden="true"])');

/** ↑ / ↓ from a value box to the next row's value box (a picker opens with Alt+↓, Enter or Space instead). */
function moveBetweenValues(event: KeyboardEvent<HTMLElement>) {
  if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const cell = (event.target as HTMLElement).closest('[data-param-value]');
  if (!cell) return;
  const cells = [...event.currentTarget.querySelectorAll('[data-param-value]')];
  const next = cells[cells.indexOf(cell) + (event.key === 'ArrowDown' ? 1 : -1)];
  event.preventDefault();
  event.stopPropagation();
  if (next) valueControl(next)?.focus();
}

/** The parameter table. */
export function ParamsTable({ operation, draft, onChange }: { operation: OperationDetail; draft: RequestDraft; onChange(row: DraftParam, patch: Partial<Pick<DraftParam, 'enabled' | 'value'>>): void }) {
  const rows = [...draft.params].sort((a, b) => order[a.in] - order[b.in]);
  if (rows.length === 0) return <Typography color="textSecondary" sx={{ p: 2 }}>This endpoint takes no parameters.</Typography>;
  return (
    <Box role="table" aria-label="Parameters" onKeyDownCapture={moveBetweenValues} sx={{ px: 1.5 }}>
      <Box role="row" sx={{ display: 'grid', gridTemplateColumns: paramColumns, position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider',
        '& > *': { py: 0.5, typography: 'caption', color: 'text.secondary', fontWeight: 600 } }}>
        <Box role="columnheader" sx={{ textAlign: 'center' }}>Send</Box>
        <Box role="columnheader">Parameter</Box>
        <Box role="columnheader">Value</Box>
        <Box role="columnheader" sx={{ pl: 1.5 }}>Description</Box>
      </Box>
      {rows.map((row, index) => {
        const param = operation.parameters.find((p) => p.name === row.name && p.in === row.in);
        return param ? <ParamRow key={`${row.in}:${row.name}`} operation={operation} param={param} row={row} first={index === 0} onChange={(patch) => onChange(row, patch)} /> : null;
      })}
    </Box>
  );
}
