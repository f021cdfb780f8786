/** The `filter` helper: conditions joined with and/or, written the way the spec's examples write them. */
import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { buildFilter, filterInfo, type FilterExpression } from '../../../../shared/openapi/filter-builder';
import { parseFilter } from '../../../../shared/openapi/filter-parser';
import type { FieldSeparator } from '../../../../shared/openapi/select-fields';
import type { OperationDetail, ParameterInfo } from '../../../../shared/openapi/types';
import { FilterClauseRow } from './filter-clause-row';
import { HelperPopover } from './helper-popover';
import { useItemFields } from './use-item-fields';

interface FilterHelperProps {
  anchor: HTMLElement | null;
  onClose(): void;
  operation: OperationDetail;
  param: ParameterInfo;
  separator: FieldSeparator;
  value: string;
  onChange(value: string): void;
}

const emptyExpression: FilterExpression = { join: 'and', clauses: [{ field: '', op: 'eq', value: '' }] };

/** Builds the filter text from conditions; text typed by hand that it cannot read is left alone. */
export function FilterHelper({ anchor, onClose, operation, param, separator, value, onChange }: FilterHelperProps) {
  const info = useMemo(() => filterInfo(param), [param]);
  const fields = useItemFields(operation, separator);
  const parsed = useMemo(() => (value.trim() ? parseFilter(value) : undefined), [value]);
  // Rows being edited live here (a row without a field yet writes nothing); the box's text is the truth otherwise.
  const [rows, setRows] = useState<{ source: string; expression: FilterExpression }>();
  const expression = rows && rows.source === value ? rows.expression : parsed?.ok ? parsed.expression : emptyExpression;
  const write = (next: FilterExpression) => {
    const text = buildFilter(next, info.quote);
    setRows({ source: text, expression: next });
    onChange(text);
  };
  return (
    <HelperPopover anchor={anchor} onClose={onClose} testId="filter-helper" title="Filter the answer"
      hint={info.evidence ? `Values are written as in this API's examples: ${info.evidence}` : 'Only items matching these conditions come back.'}
      footer={<Button size="small" startIcon={<Add />} disabled={parsed !== undefined && !parsed.ok} onClick={() => write({ ...expression, clauses: [...expression.clauses, { field: '', op: 'eq', value: '' }] })}>Add condition</Button>}>
      {parsed && !parsed.ok ? (
        <Alert severity="info" sx={{ my: 1 }}>
          The filter box holds text this helper cannot read ({parsed.reason}). Edit it in the box, or clear it to build a new one here.
        </Alert>
      ) : (
        <>
          {expression.clauses.length > 1 && (
            <ToggleButtonGroup size="small" exclusive value={expression.join} onChange={(_e, join) => join && write({ ...expression, join })} sx={{ mb: 0.5 }}>
              <ToggleButton value="and">Match all (and)</ToggleButton>
              <ToggleButton value="or">Match any (or)</ToggleButton>
            </ToggleButtonGroup>
          )}
          {expression.clauses.map((clause, index) => (
            <FilterClauseRow key={index} clause={clause} fields={fields} autoFocus={index === 0}
              onChange={(next) => write({ ...expression, clauses: expression.clauses.map((c, i) => (i === index ? next : c)) })}
              onRemove={() => write({ ...expression, clauses: expression.clauses.filter((_c, i) => i !== index) })} />
          ))}
          <Typography variant="caption" color="textSecondary" component="p" sx={{ my: 1 }}>
            The text in the filter box stays editable; this helper reads it back when it can.
          </Typography>
        </>
      )}
    </HelperPopover>
  );
}
